import { z } from 'zod';
import { cursorParam, enumParam, isYearInRange, limitParam, text } from '@/lib/validation';
import { EVENT_FORMATS, EVENT_KINDS } from './policy';

/** A wall-clock time from a datetime-local input, read on the event space's clock by the service. */
const localTimeSchema = text({ error: 'required' })
  .trim()
  .min(1, 'required')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'eventTimeInvalid')
  .refine((v) => !Number.isNaN(Date.parse(`${v}:00Z`)), 'eventTimeInvalid')
  .refine(isYearInRange, 'dateOutOfRange');

const idSchema = text().min(1, 'required').max(64);

/**
 * An event as the operator's form sends it. Times are local to the chosen space (or the default zone
 * for an online event without one); the capacity is empty for "unlimited".
 */
export const eventSchema = z
  .object({
    title: text({ error: 'required' }).trim().min(1, 'required').max(120, 'eventTitleTooLong'),
    summary: text().trim().max(300, 'eventSummaryTooLong').default(''),
    description: text().trim().max(20000, 'descriptionTooLong').default(''),
    kind: z.enum(EVENT_KINDS, { error: 'eventKindInvalid' }),
    format: z.enum(EVENT_FORMATS, { error: 'eventFormatInvalid' }).default('ON_SITE'),
    spaceId: text().trim().max(64).default(''),
    location: text().trim().max(200, 'locationTooLong').default(''),
    startsAt: localTimeSchema,
    endsAt: localTimeSchema,
    capacity: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? null : v),
      z.coerce.number({ error: 'eventCapacityInvalid' }).int('eventCapacityInvalid').min(1, 'eventCapacityInvalid').max(10000, 'eventCapacityInvalid').nullable(),
    ),
    certificationId: text().trim().max(64).default(''),
    publish: z.union([z.boolean(), z.enum(['yes', 'no'])]).default('no').transform((v) => v === true || v === 'yes'),
  })
  // Same format on both sides, so the strings order like the times they name.
  .refine((v) => v.endsAt > v.startsAt, { message: 'endBeforeStart', path: ['endsAt'] })
  .refine((v) => v.format === 'ONLINE' || v.spaceId !== '', { message: 'eventSpaceRequired', path: ['spaceId'] })
  .refine((v) => v.certificationId === '' || v.kind === 'TRAINING', { message: 'eventCertificationTrainingOnly', path: ['certificationId'] });
export type EventInput = z.infer<typeof eventSchema>;

export const updateEventSchema = z.intersection(z.object({ eventId: idSchema }), eventSchema);
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

export const eventSearchSchema = z.object({
  kind: enumParam(EVENT_KINDS),
  cursor: cursorParam(64),
  limit: limitParam(12),
});
export type EventSearch = z.infer<typeof eventSearchSchema>;

export const eventIdSchema = z.object({ eventId: idSchema });

export const cancelEventSchema = z.object({
  eventId: idSchema,
  reason: text({ error: 'required' }).trim().min(1, 'reasonRequired').max(500, 'reasonTooLong'),
});

export const registrationIdSchema = z.object({ registrationId: idSchema });

/** The API's registration body: nothing is required (`{}` or no body); `waitlist: true` joins the queue of a full event. */
export const registrationBodySchema = z.object({ waitlist: z.boolean().optional() }).strip();
