import { z } from 'zod';
import { isYearInRange, text, textParam } from '@/lib/validation';
import { SESSION_MINUTES } from './policy';

export const mentorProfileSchema = z.object({
  expertise: z
    .union([text(), z.array(text())])
    .default('')
    .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、]/)).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(text().max(30, 'expertiseTooLong')).max(12, 'tooManyExpertise')),
  offer: text().trim().max(500, 'offerTooLong').default(''),
});

export const mentorshipRequestSchema = z.object({
  mentorId: text().min(1, 'required').max(64),
  projectId: text().min(1, 'required').max(64),
  message: text().trim().min(1, 'required').max(1000, 'messageTooLong'),
});

export const mentorshipResponseSchema = z.object({
  mentorshipId: text().min(1).max(64),
  accept: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
  message: text().trim().max(1000, 'messageTooLong').default(''),
});

export const mentorshipIdSchema = z.object({ mentorshipId: text().min(1).max(64) });

const time = text().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'timeInvalid').transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));

export const officeHourSchema = z
  .object({
    weekday: z.coerce.number().int().min(1, 'weekdayInvalid').max(7, 'weekdayInvalid'),
    start: time,
    end: time,
    /** A room, or a meeting link. */
    location: text().trim().max(300, 'locationTooLong').default(''),
  })
  .refine((v) => v.end > v.start, { message: 'endBeforeStart', path: ['end'] });

export const officeHourIdSchema = z.object({ officeHourId: text().min(1).max(64) });

export const bookingSchema = z.object({
  mentorshipId: text().min(1, 'required').max(64),
  /** Wall-clock time on the space's clock, "YYYY-MM-DDTHH:mm". */
  startsAt: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange'),
  minutes: z.coerce.number().refine((n) => (SESSION_MINUTES as readonly number[]).includes(n), 'durationInvalid').default(60),
  topic: text().trim().max(200, 'topicTooLong').default(''),
});
export type BookingInput = z.infer<typeof bookingSchema>;

export const sessionIdSchema = z.object({ sessionId: text().min(1).max(64) });

export const sessionNoteSchema = z.object({
  sessionId: text().min(1).max(64),
  note: text().trim().min(1, 'required').max(2000, 'noteTooLong'),
});

export const sessionRatingSchema = z.object({
  sessionId: text().min(1).max(64),
  rating: z.coerce.number().int('ratingInvalid').min(1, 'ratingInvalid').max(5, 'ratingInvalid'),
  feedback: text().trim().max(1000, 'feedbackTooLong').default(''),
});

/** The mentor directory's search box. */
export const mentorSearchSchema = z.object({ q: textParam(60) });

/** A day off on the mentoring clock. */
export const dayOffSchema = z.object({ day: text().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange') });

/** Book a slot, or (with sessionId) move a booked session to it. */
export const slotPickSchema = bookingSchema.extend({ sessionId: text().max(64).optional().transform((v) => v || undefined) });
