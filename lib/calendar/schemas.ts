import { z } from 'zod';
import { isYearInRange, text } from '@/lib/validation';

const dateKey = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'dateInvalid').refine(isYearInRange, 'dateOutOfRange');

export const calendarDaySchema = z.object({
  date: dateKey,
  working: z.enum(['true', 'false'], { error: 'required' }).transform((v) => v === 'true'),
  name: text().trim().min(1, 'required').max(80, 'tooLong'),
});
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

export const calendarDayDeleteSchema = z.object({ date: dateKey });

export const calendarYearSchema = z.coerce.number().int().min(2000).max(2100).catch(() => new Date().getUTCFullYear());
