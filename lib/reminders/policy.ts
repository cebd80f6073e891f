/** Reminder offsets, in minutes before the item starts. Safe in the browser. */
export const SESSION_REMINDER_MINUTES = [60] as const;
export const EVENT_REMINDER_MINUTES = [24 * 60] as const;
export const DEFAULT_BOOKING_REMINDER_HOURS = [24, 1] as const;

/** A space may remind at most a week ahead, and at most three times per booking. */
export const MAX_BOOKING_REMINDER_HOURS = 168;
export const MAX_BOOKING_REMINDERS = 3;
