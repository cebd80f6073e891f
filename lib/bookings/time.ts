/**
 * Wall-clock helpers for a space's IANA time zone. The database keeps UTC instants; these
 * convert at the edges. @date-fns/tz does the zone math (DST included), never a fixed offset.
 */
export type OpeningHours = ({ open: string; close: string } | null)[];
export type Closure = { startDate: Date; endDate: Date; reason?: string };

export const MINUTE = 60_000;

function parts(dateKey: string): [number, number, number] {
  const [y, m, d] = dateKey.split('-').map(Number);
  return [y, m - 1, d];
}

export { localDateKey, localMinutes, zonedInstant, toLocalIso } from '@/lib/time';
import { zonedInstant } from '@/lib/time';

/** Calendar arithmetic on date keys (no time zone involved: a date is a date). */
export function addDays(dateKey: string, days: number): string {
  const [y, m, d] = parts(dateKey);
  return new Date(Date.UTC(y, m, d + days)).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(dateKey: string): number {
  const [y, m, d] = parts(dateKey);
  return (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7;
}

export function mondayOf(dateKey: string): string {
  return addDays(dateKey, -weekdayIndex(dateKey));
}

export function dateKeyOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function closureOn(closures: readonly Closure[], dateKey: string): Closure | undefined {
  return closures.find((c) => dateKeyOf(c.startDate) <= dateKey && dateKey <= dateKeyOf(c.endDate));
}

/** The open interval of a local date in UTC instants, or null when the space is closed all day. */
export function openingWindow(
  space: { timeZone: string; openingHours: OpeningHours; closures: readonly Closure[] },
  dateKey: string,
): { start: Date; end: Date } | null {
  if (closureOn(space.closures, dateKey)) return null;
  const hours = space.openingHours[weekdayIndex(dateKey)];
  if (!hours) return null;
  return { start: zonedInstant(dateKey, hours.open, space.timeZone), end: zonedInstant(dateKey, hours.close, space.timeZone) };
}

export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** Free parts of [start, end) after removing busy intervals. */
export function subtractIntervals(start: Date, end: Date, busy: readonly { start: Date; end: Date }[]): { start: Date; end: Date }[] {
  let free = [{ start, end }];
  for (const b of busy) {
    const next: { start: Date; end: Date }[] = [];
    for (const f of free) {
      if (!overlaps(f.start, f.end, b.start, b.end)) {
        next.push(f);
        continue;
      }
      if (f.start < b.start) next.push({ start: f.start, end: b.start });
      if (b.end < f.end) next.push({ start: b.end, end: f.end });
    }
    free = next;
  }
  return free;
}
