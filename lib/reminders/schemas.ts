import { z } from 'zod';
import { MAX_BOOKING_REMINDER_HOURS, MAX_BOOKING_REMINDERS } from './policy';

/**
 * The space's booking reminder hours as an operator types them: "24, 1" (commas or spaces,
 * Chinese comma too). Empty means no booking reminders. Whole hours 1-168, at most three.
 */
export const bookingReminderHoursSchema = z.object({
  spaceId: z.string().min(1),
  hours: z
    .string()
    .max(40)
    .transform((v, ctx) => {
      const parts = v.split(/[\s,，、]+/).filter(Boolean);
      const hours = parts.map(Number);
      if (hours.some((h) => !Number.isInteger(h) || h < 1 || h > MAX_BOOKING_REMINDER_HOURS)) {
        ctx.addIssue({ code: 'custom', message: 'reminderHoursInvalid' });
        return z.NEVER;
      }
      const unique = [...new Set(hours)].sort((a, b) => b - a);
      if (unique.length > MAX_BOOKING_REMINDERS) {
        ctx.addIssue({ code: 'custom', message: 'reminderHoursTooMany' });
        return z.NEVER;
      }
      return unique;
    }),
});
export type BookingReminderHoursInput = z.output<typeof bookingReminderHoursSchema>;
