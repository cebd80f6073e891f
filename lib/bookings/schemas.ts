import { z } from 'zod';
import { RESOURCE_KINDS } from './rules';

const id = z.string().min(1, 'required').max(64);
const reason = z.string().trim().max(500, 'reasonTooLong');

export const bookingCreateSchema = z.object({
  resourceId: id,
  startsAt: z.coerce.date({ error: 'dateInvalid' }),
  durationMinutes: z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(5, 'numberInvalid').max(24 * 60, 'numberInvalid'),
  note: z.string().trim().max(500, 'reasonTooLong').default(''),
  projectId: z.string().trim().max(40).optional(),
});
export type BookingCreateInput = z.infer<typeof bookingCreateSchema>;

export const bookingCancelSchema = z.object({
  bookingId: id,
  reason: reason.min(1, 'reasonRequired'),
});

export const bookingIdSchema = z.object({ bookingId: id });

export const bookingDecisionSchema = z
  .object({
    bookingId: id,
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: reason.default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

export const hotDeskSchema = z.object({ spaceId: id, zone: z.string().trim().max(40).default('') });

export const resourceFilterSchema = z.object({
  kind: z.enum(RESOURCE_KINDS).optional().catch(undefined),
  zone: z.string().trim().max(40).optional().catch(undefined),
  /** "free at" as a local datetime-local value in the space's zone. */
  freeAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).optional().catch(undefined),
});

const int = (min: number, max: number) => z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(min, 'numberInvalid').max(max, 'numberInvalid');
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const resourceSchema = z
  .object({
    resourceId: z.string().max(64).optional(),
    spaceId: id,
    kind: z.enum(RESOURCE_KINDS, { error: 'required' }),
    name: z.string().trim().min(1, 'required').max(80, 'tooLong'),
    description: z.string().trim().max(1000, 'tooLong').default(''),
    zone: z.string().trim().max(40, 'tooLong').default(''),
    capacity: int(1, 500),
    active: checkbox,
    slotMinutes: int(5, 240),
    minMinutes: int(5, 24 * 60),
    maxMinutes: int(5, 24 * 60),
    noticeMinutes: int(0, 30 * 24 * 60),
    horizonDays: int(1, 365),
    bufferMinutes: int(0, 240),
    requiresApproval: checkbox,
    requiredCertificationId: z.string().max(64).default(''),
    weeklyQuotaHours: z.preprocess((v) => (v === '' || v == null ? null : v), int(1, 168).nullable()),
  })
  .refine((v) => v.minMinutes >= v.slotMinutes && v.minMinutes % v.slotMinutes === 0, { message: 'minNotMultipleOfSlot', path: ['minMinutes'] })
  .refine((v) => v.maxMinutes >= v.minMinutes, { message: 'maxBelowMin', path: ['maxMinutes'] });
export type ResourceInput = z.infer<typeof resourceSchema>;

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'dateInvalid');

export const maintenanceSchema = z
  .object({
    resourceId: id,
    startsAtLocal: localDateTime,
    endsAtLocal: localDateTime,
    reason: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  })
  .refine((v) => v.endsAtLocal > v.startsAtLocal, { message: 'endBeforeStart', path: ['endsAtLocal'] });

export const certificationGrantSchema = z.object({
  certificationId: id,
  email: z.string().trim().toLowerCase().email('emailInvalid'),
});

export const certificationRevokeSchema = z.object({ certificationId: id, userId: id });

export const certificationCreateSchema = z.object({
  name: z.string().trim().min(1, 'required').max(80, 'tooLong'),
  description: z.string().trim().max(500, 'tooLong').default(''),
});

export const bookingListSchema = z.object({
  scope: z.enum(['upcoming', 'past']).default('upcoming'),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const availabilitySchema = z
  .object({ from: z.coerce.date({ error: 'dateInvalid' }), to: z.coerce.date({ error: 'dateInvalid' }) })
  .refine((v) => v.to > v.from && v.to.getTime() - v.from.getTime() <= 31 * 24 * 3600_000, { message: 'rangeInvalid', path: ['to'] });

const hhmm = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'timeInvalid')]);

/** Seven days, Monday first: open_0/close_0 ... open_6/close_6; both empty = closed that day. */
export const openingHoursSchema = z
  .object({
    spaceId: id,
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [[`open_${i}`, hhmm.default('')], [`close_${i}`, hhmm.default('')]]).flat()),
  })
  .superRefine((v, ctx) => {
    const values = v as Record<string, string>;
    for (let i = 0; i < 7; i++) {
      const open = values[`open_${i}`];
      const close = values[`close_${i}`];
      if (!open && !close) continue;
      if (!open || !close || close <= open) ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: [`close_${i}`] });
    }
  });

export const closureSchema = z
  .object({
    spaceId: id,
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid'),
    endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid'),
    reason: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  })
  .refine((v) => v.endDate >= v.startDate, { message: 'endBeforeStart', path: ['endDate'] });

export const closureDeleteSchema = z.object({ closureId: id });
