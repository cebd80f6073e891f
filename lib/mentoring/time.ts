import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, getISODay, startOfDay } from 'date-fns';
import { parseLocalDateTime as parseLocal } from '@/lib/time';
import { MENTORING_TIME_ZONE } from './policy';

/** "2026-11-25T10:00" read as a wall-clock time on the space's clock. */
export function parseLocalDateTime(value: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? parseLocal(value, MENTORING_TIME_ZONE) : null;
}

/** Weekday (ISO 1-7) and minute of the day of an instant, on the space's clock. */
export function localSlot(instant: Date): { weekday: number; minute: number; day: string } {
  const local = new TZDate(instant.getTime(), MENTORING_TIME_ZONE);
  const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  return { weekday: getISODay(local), minute: local.getHours() * 60 + local.getMinutes(), day };
}

type Hour = { weekday: number; startMinute: number; endMinute: number };

/** The weekly window [start, end) lies in, or null; a mentor's day off has none. */
export function matchingOfficeHour<H extends Hour>(hours: H[], start: Date, end: Date, daysOff: ReadonlySet<string> = new Set()): H | null {
  const a = localSlot(start);
  const b = localSlot(end);
  const endMinute = b.day === a.day ? b.minute : b.minute === 0 ? 1440 : -1;
  if (endMinute < 0 || daysOff.has(a.day)) return null;
  return hours.find((h) => h.weekday === a.weekday && h.startMinute <= a.minute && endMinute <= h.endMinute) ?? null;
}

/** True when [start, end) lies inside one weekly office-hour window. */
export function fitsOfficeHours(hours: Hour[], start: Date, end: Date, daysOff: ReadonlySet<string> = new Set()): boolean {
  return matchingOfficeHour(hours, start, end, daysOff) !== null;
}

/** Every slot start of the coming days inside the office hours (days off skipped), as instants. */
export function upcomingSlots(hours: Hour[], minutes: number, now: Date, days: number, daysOff: ReadonlySet<string> = new Set()): Date[] {
  const out: Date[] = [];
  const today = startOfDay(new TZDate(now.getTime(), MENTORING_TIME_ZONE));
  for (let i = 0; i < days; i++) {
    const day = addDays(today, i);
    if (daysOff.has(localSlot(day).day)) continue;
    const weekday = getISODay(day);
    for (const h of hours.filter((x) => x.weekday === weekday)) {
      for (let m = h.startMinute; m + minutes <= h.endMinute; m += minutes) {
        const start = addMinutes(day, m);
        if (start.getTime() > now.getTime()) out.push(new Date(start.getTime()));
      }
    }
  }
  return out.sort((x, y) => x.getTime() - y.getTime());
}

/** The "YYYY-MM-DDTHH:mm" wall-clock form (space's clock) of an instant, as booking forms send it. */
export function toLocalInput(instant: Date): string {
  const s = localSlot(instant);
  return `${s.day}T${String(Math.floor(s.minute / 60)).padStart(2, '0')}:${String(s.minute % 60).padStart(2, '0')}`;
}
