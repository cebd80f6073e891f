import { z } from 'zod';
import { cursorParam, dateTime, enumParam, isYearInRange, limitParam, text, textParam } from '@/lib/validation';
import { RESOURCE_KINDS } from './rules';

const id = text().min(1, 'required').max(64);
const reason = text().trim().max(500, 'reasonTooLong');

export const bookingCreateSchema = z.object({
  resourceId: id,
  startsAt: dateTime(),
  durationMinutes: z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(5, 'numberInvalid').max(24 * 60, 'numberInvalid'),
  note: text().trim().max(500, 'reasonTooLong').default(''),
  projectId: text().trim().max(40).optional(),
});
export type BookingCreateInput = z.infer<typeof bookingCreateSchema>;

/** The reason is the member's to give or not (it goes to the operator and the notification). */
export const bookingCancelSchema = z.object({
  bookingId: id,
  reason: reason.default(''),
});

export const bookingIdSchema = z.object({ bookingId: id });

export const bookingDecisionSchema = z
  .object({
    bookingId: id,
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: reason.default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

export const hotDeskSchema = z.object({ spaceId: id, zone: text().trim().max(40).default('') });

export const resourceFilterSchema = z.object({
  kind: enumParam(RESOURCE_KINDS),
  zone: textParam(40),
  /** "free at" as a local datetime-local value in the space's zone. */
  freeAt: textParam(16).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).refine(isYearInRange).optional()).catch(undefined),
  /** "Free for the whole range": a local date and two wall-clock times in the space's zone (used together). */
  freeDate: textParam(10).pipe(z.iso.date().refine(isYearInRange).optional()).catch(undefined),
  freeFrom: textParam(5).pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional()).catch(undefined),
  freeTo: textParam(5).pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/).optional()).catch(undefined),
});

const int = (min: number, max: number) => z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(min, 'numberInvalid').max(max, 'numberInvalid');
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const resourceSchema = z
  .object({
    resourceId: text().max(64).optional(),
    spaceId: id,
    kind: z.enum(RESOURCE_KINDS, { error: 'required' }),
    name: text().trim().min(1, 'required').max(80, 'tooLong'),
    description: text().trim().max(1000, 'tooLong').default(''),
    zone: text().trim().max(40, 'tooLong').default(''),
    capacity: int(1, 500),
    active: checkbox,
    slotMinutes: int(5, 240),
    minMinutes: int(5, 24 * 60),
    maxMinutes: int(5, 24 * 60),
    noticeMinutes: int(0, 30 * 24 * 60),
    horizonDays: int(1, 365),
    bufferMinutes: int(0, 240),
    requiresApproval: checkbox,
    requiredCertificationId: text().max(64).default(''),
    weeklyQuotaHours: z.preprocess((v) => (v === '' || v == null ? null : v), int(1, 168).nullable()),
  })
  .refine((v) => v.minMinutes >= v.slotMinutes && v.minMinutes % v.slotMinutes === 0, { message: 'minNotMultipleOfSlot', path: ['minMinutes'] })
  .refine((v) => v.maxMinutes >= v.minMinutes, { message: 'maxBelowMin', path: ['maxMinutes'] });
export type ResourceInput = z.infer<typeof resourceSchema>;

const localDateTime = text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange');

export const maintenanceSchema = z
  .object({
    resourceId: id,
    startsAtLocal: localDateTime,
    endsAtLocal: localDateTime,
    reason: text().trim().min(1, 'required').max(200, 'tooLong'),
  })
  .refine((v) => v.endsAtLocal > v.startsAtLocal, { message: 'endBeforeStart', path: ['endsAtLocal'] });

export const certificationGrantSchema = z.object({
  certificationId: id,
  email: text().trim().toLowerCase().email('emailInvalid'),
});

export const certificationRevokeSchema = z.object({ certificationId: id, userId: id });

export const certificationCreateSchema = z.object({
  name: text().trim().min(1, 'required').max(80, 'tooLong'),
  description: text().trim().max(500, 'tooLong').default(''),
});

/** A resource's week calendar: `?week=YYYY-MM-DD`, any other value shows this week. */
export const weekCalendarSchema = z.object({
  week: textParam(10).pipe(z.iso.date().refine(isYearInRange).optional()).catch(undefined),
});

export const bookingListSchema = z.object({
  scope: enumParam(['upcoming', 'past']).transform((v) => v ?? 'upcoming'),
  cursor: cursorParam(64),
  limit: limitParam(20),
});

export const availabilitySchema = z
  .object({ from: dateTime(), to: dateTime() })
  .refine((v) => v.to > v.from && v.to.getTime() - v.from.getTime() <= 31 * 24 * 3600_000, { message: 'rangeInvalid', path: ['to'] });

const hhmm = z.union([z.literal(''), text().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'timeInvalid')]);

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
    startDate: text().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange'),
    endDate: text().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange'),
    reason: text().trim().min(1, 'required').max(200, 'tooLong'),
  })
  .refine((v) => v.endDate >= v.startDate, { message: 'endBeforeStart', path: ['endDate'] });

export const closureDeleteSchema = z.object({ closureId: id });

/** Many bookings decided at once with one reason; an optional override reason for rules that may be set aside. */
export const bookingBulkDecisionSchema = z
  .object({
    bookingIds: z.array(id).min(1, 'selectionEmpty').max(100, 'selectionTooLarge'),
    decision: z.enum(['APPROVE', 'REJECT'], { error: 'decisionInvalid' }),
    reason: reason.default(''),
    overrideReason: reason.default(''),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length > 0, { message: 'reasonRequired', path: ['reason'] });

const wallTime = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'timeInvalid');
const excludeList = text()
  .max(2000)
  .default('')
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 50));

/**
 * "Pick one for me": a date and a start, then an end time or a duration in hours (whole or half
 * hours). `exclude` lists desks already proposed and turned down ("another one").
 */
export const deskPickSchema = z
  .object({
    spaceId: id,
    zone: text().trim().max(40).default(''),
    date: text({ error: 'required' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange'),
    start: wallTime,
    end: z.union([z.literal(''), wallTime, z.literal('24:00')]).default(''),
    hours: z.preprocess(
      (v) => (v === '' || v == null ? undefined : v),
      z.coerce.number({ error: 'numberInvalid' }).min(0.5, 'numberInvalid').max(24, 'numberInvalid').multipleOf(0.5, 'numberInvalid').optional(),
    ),
    exclude: excludeList,
  })
  .refine((v) => v.end !== '' || v.hours !== undefined, { message: 'deskRangeRequired', path: ['hours'] })
  .refine((v) => v.end === '' || v.end > v.start, { message: 'endBeforeStart', path: ['end'] });
export type DeskPickInput = z.infer<typeof deskPickSchema>;

/** The member's yes to a proposal: the desk and the range it was proposed for. */
export const deskConfirmSchema = z.object({
  spaceId: id,
  zone: text().trim().max(40).default(''),
  resourceId: id,
  startsAt: dateTime(),
  durationMinutes: z.coerce.number({ error: 'numberInvalid' }).int('numberInvalid').min(5, 'numberInvalid').max(24 * 60, 'numberInvalid'),
  exclude: excludeList,
});
