/**
 * Working days: Monday to Friday, except the public holidays and swapped working days (调休)
 * operators keep in the calendar. Pure functions over local date keys (yyyy-mm-dd), so they
 * run on the server and in tests alike; instants enter and leave through lib/time.
 *
 * Counting follows the 12345 hotline practice: the day something arrives is day 0, and the
 * clock counts the working days after it. A deadline of N working days ends at the end of the
 * N-th working day after arrival.
 */
import { localDateKey, zonedInstant } from '@/lib/time';

/** date key -> true (a working day, e.g. a swapped Saturday) or false (a holiday). */
export type WorkingCalendar = ReadonlyMap<string, boolean>;

export type ClockState = 'ON_TIME' | 'OVERDUE' | 'VERY_OVERDUE';

function dayNumber(dateKey: string): number {
  const [y, m, d] = dateKey.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function keyOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The date key `n` calendar days after `dateKey` (n may be negative). */
export function addCalendarDays(dateKey: string, n: number): string {
  return keyOfDay(dayNumber(dateKey) + n);
}

export function isWorkingDay(calendar: WorkingCalendar, dateKey: string): boolean {
  const override = calendar.get(dateKey);
  if (override !== undefined) return override;
  const weekday = new Date(dayNumber(dateKey) * 86_400_000).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days after the local date of `from`, up to and including the local date of `to`. */
export function workingDaysElapsed(calendar: WorkingCalendar, from: Date, to: Date, tz: string): number {
  const first = dayNumber(localDateKey(from, tz)) + 1;
  const last = dayNumber(localDateKey(to, tz));
  let count = 0;
  for (let day = first; day <= last; day++) if (isWorkingDay(calendar, keyOfDay(day))) count++;
  return count;
}

/** The local date of the `days`-th working day after the local date of `from`. */
export function workingDayDueDate(calendar: WorkingCalendar, from: Date, days: number, tz: string): string {
  let key = localDateKey(from, tz);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    key = addCalendarDays(key, 1);
    if (isWorkingDay(calendar, key)) left--;
  }
  return key;
}

/** The instant a deadline of `days` working days passes: the next midnight after the due date, in `tz`. */
export function workingDayDeadline(calendar: WorkingCalendar, from: Date, days: number, tz: string): Date {
  return zonedInstant(addCalendarDays(workingDayDueDate(calendar, from, days, tz), 1), '00:00', tz);
}

/**
 * Where a clock of `deadlineDays` working days stands: on time while within the deadline,
 * overdue after it, very overdue after twice the deadline. `until` is the answer's time for
 * something answered, or now.
 */
export function clockState(calendar: WorkingCalendar, from: Date, until: Date, deadlineDays: number, tz: string): { elapsed: number; state: ClockState } {
  const elapsed = workingDaysElapsed(calendar, from, until, tz);
  const state: ClockState = elapsed > 2 * deadlineDays ? 'VERY_OVERDUE' : elapsed > deadlineDays ? 'OVERDUE' : 'ON_TIME';
  return { elapsed, state };
}
