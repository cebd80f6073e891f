import { z } from 'zod';
import { text } from '@/lib/validation';
import { FAULT_STATUSES } from './policy';

const id = text().min(1, 'required').max(64);
const optionalId = text().trim().max(64).optional().transform((v) => (v ? v : undefined));
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const note = text().trim().max(2000, 'tooLong');

export const MAX_DESCRIPTION = 4000;

export const faultReportSchema = z.object({
  resourceId: optionalId,
  categoryId: id,
  description: text().trim().min(1, 'required').max(MAX_DESCRIPTION, 'tooLong'),
  location: text().trim().max(200, 'tooLong').default(''),
  anonymous: checkbox.default(false),
});
export type FaultReportInput = z.infer<typeof faultReportSchema>;

export const faultIdSchema = z.object({ faultId: id });

export const faultStatusSchema = z.object({
  faultId: id,
  status: z.enum(FAULT_STATUSES.filter((s) => s !== 'DUPLICATE' && s !== 'NEW') as [string, ...string[]], { error: 'required' }),
  note: note.min(1, 'required'),
});

export const faultAssignSchema = z.object({ faultId: id, assigneeId: optionalId, note: note.default('') });

export const faultReplySchema = z.object({ faultId: id, note: note.min(1, 'required') });

export const faultMergeSchema = z.object({ faultId: id, originalId: id, note: note.default('') });

export const faultOutOfServiceSchema = z.object({ faultId: id, note: note.default('') });

export const faultVerifySchema = z.object({ faultId: id, fixed: z.enum(['yes', 'no'], { error: 'required' }) });

export const faultRebookSchema = z.object({ bookingId: id, resourceId: id, startsAt: text().min(1, 'required').max(40) });

export const faultListFilterSchema = z.object({
  status: z.enum(['open', 'fixed', 'closed', 'all']).catch('open'),
});
