import { z } from 'zod';
import { EVENT_FORMATS, EVENT_KINDS } from './policy';

/** A wall-clock time from a datetime-local input, read on the event space's clock by the service. */
const localTimeSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'eventTimeInvalid')
  .refine((v) => !Number.isNaN(Date.parse(`${v}:00Z`)), 'eventTimeInvalid');

const idSchema = z.string().min(1, 'required').max(64);

/**
 * An event as the operator's form sends it. Times are local to the chosen space (or Asia/Shanghai
 * for an online event without one); the capacity is empty for "unlimited".
 */
export const eventSchema = z
  .object({
    title: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'eventTitleTooLong'),
    summary: z.string().trim().max(300, 'eventSummaryTooLong').default(''),
    description: z.string().trim().max(20000, 'descriptionTooLong').default(''),
    kind: z.enum(EVENT_KINDS, { error: 'eventKindInvalid' }),
    format: z.enum(EVENT_FORMATS, { error: 'eventFormatInvalid' }).default('ON_SITE'),
    spaceId: z.string().trim().max(64).default(''),
    location: z.string().trim().max(200, 'locationTooLong').default(''),
    startsAt: localTimeSchema,
    endsAt: localTimeSchema,
    capacity: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? null : v),
      z.coerce.number({ error: 'eventCapacityInvalid' }).int('eventCapacityInvalid').min(1, 'eventCapacityInvalid').max(10000, 'eventCapacityInvalid').nullable(),
    ),
    certificationId: z.string().trim().max(64).default(''),
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
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  cursor: z.string().max(64).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).default(12).catch(12),
});
export type EventSearch = z.infer<typeof eventSearchSchema>;

export const eventIdSchema = z.object({ eventId: idSchema });

export const cancelEventSchema = z.object({
  eventId: idSchema,
  reason: z.string({ error: 'required' }).trim().min(1, 'reasonRequired').max(500, 'reasonTooLong'),
});

export const registrationIdSchema = z.object({ registrationId: idSchema });

/** The API's registration body: nothing is required (`{}` or no body); `waitlist: true` joins the queue of a full event. */
export const registrationBodySchema = z.object({ waitlist: z.boolean().optional() }).strip();
