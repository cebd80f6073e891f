import { z } from 'zod';
import { text } from '@/lib/validation';
import { REQUESTABLE_ROLES } from '@/lib/auth/permissions';

export const roleRequestCreateSchema = z.object({
  role: z.enum(REQUESTABLE_ROLES, { error: 'roleNotRequestable' }),
  message: text().trim().max(1000, 'messageTooLong').default(''),
});

export const roleRequestDecisionSchema = z
  .object({
    requestId: text().min(1, 'required').max(64),
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: text().trim().max(500, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, {
    message: 'reasonRequired',
    path: ['reason'],
  });

export const roleRequestBulkDecisionSchema = z
  .object({
    requestIds: z.array(text().min(1, 'required').max(64)).min(1, 'selectionEmpty').max(100, 'selectionTooLarge'),
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: text().trim().max(500, 'reasonTooLong').default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });
