import { TZDate } from '@date-fns/tz';
import { addMonths, startOfMonth } from 'date-fns';

/**
 * The one module that knows the space's clock. The database keeps UTC instants; these helpers
 * convert at the edges (forms in, pages out). Nothing else names a zone or an offset: code with
 * a space in hand passes its `timeZone`; code without one (online events, leaderboard months,
 * the job schedule before any space exists) uses the platform's default below. Safe in the
 * browser. @date-fns/tz does the zone math (DST included), never a fixed offset.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The zone of a space, or the default for something without one. */
export function zoneOf(space: { timeZone: string } | null | undefined): string {
  return space?.timeZone ?? DEFAULT_TIME_ZONE;
}

function dateParts(dateKey: string): [number, number, number] {
  const [y, m, d] = dateKey.split('-').map(Number);
  return [y, m - 1, d];
}

/** The local calendar date (yyyy-mm-dd) of an instant in a zone. */
export function localDateKey(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  const z = new TZDate(instant, tz);
  return `${z.getFullYear()}-${String(z.getMonth() + 1).padStart(2, '0')}-${String(z.getDate()).padStart(2, '0')}`;
}

/** Minutes since local midnight of an instant. */
export function localMinutes(instant: Date, tz: string = DEFAULT_TIME_ZONE): number {
  const z = new TZDate(instant, tz);
  return z.getHours() * 60 + z.getMinutes();
}

/** The instant of a local wall-clock time ("09:30", or "24:00" for the next midnight). */
export function zonedInstant(dateKey: string, hhmm: string, tz: string = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = dateParts(dateKey);
  const [h, mi] = hhmm.split(':').map(Number);
  return new Date(+new TZDate(y, m, d, h, mi, tz));
}

/** ISO 8601 with the zone's offset, as the API answers. */
export function toLocalIso(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  return new TZDate(instant, tz).toISOString();
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value ("2026-11-25T10:00", seconds optional) read as wall time in `tz`; null when it is not one. */
export function parseLocalDateTime(value: string, tz: string = DEFAULT_TIME_ZONE): Date | null {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const date = new TZDate(y, mo - 1, d, h, mi, s, tz);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime());
}

/** A form's date-time: a `datetime-local` value in `tz`, or an ISO string with its own offset. */
export function isLocalDateTime(value: string): boolean {
  return LOCAL_INPUT.test(value);
}

/** The `datetime-local` form ("YYYY-MM-DDTHH:mm") of an instant in `tz`, as forms send it back. */
export function toLocalInput(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  const minutes = localMinutes(instant, tz);
  return `${localDateKey(instant, tz)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instants [start, end) of the calendar month containing `now` in `tz`. */
export function monthRange(now: Date, tz: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const local = startOfMonth(new TZDate(now.getTime(), tz));
  return { start: new Date(local.getTime()), end: new Date(addMonths(local, 1).getTime()) };
}
