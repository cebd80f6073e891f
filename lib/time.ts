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

/**
 * A wall-clock time in a zone. Built through setFullYear because the Date constructor reads
 * years 0-99 as 1900-1999, and forms may send any year from 0001.
 */
function localTime(y: number, m: number, d: number, h: number, mi: number, s: number, tz: string): TZDate {
  const z = new TZDate(2000, 0, 1, 0, 0, 0, tz);
  z.setFullYear(y, m, d);
  // The time after the date: "24:00" rolls over to the next midnight instead of being lost.
  z.setHours(h, mi, s);
  return z;
}

/** The local calendar date (yyyy-mm-dd) of an instant in a zone. */
export function localDateKey(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  const z = new TZDate(instant, tz);
  return `${String(z.getFullYear()).padStart(4, '0')}-${String(z.getMonth() + 1).padStart(2, '0')}-${String(z.getDate()).padStart(2, '0')}`;
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
  return new Date(+localTime(y, m, d, h, mi, 0, tz));
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
  const date = localTime(y, mo - 1, d, h, mi, s, tz);
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

/** "2026-11-25 10:00": the wall-clock text of an instant in `tz`, for tables and exports. */
export function localDateTimeText(instant: Date, tz: string = DEFAULT_TIME_ZONE): string {
  return toLocalInput(instant, tz).replace('T', ' ');
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 with its own offset or Z ("2026-12-04T10:00:00+08:00"). */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The wall-clock time a date typed alone stands for: a start begins at 00:00, a deadline ends at 23:59. */
export const START_OF_DAY = '00:00';
export const END_OF_DAY = '23:59';

/**
 * A date or date-time from a form or the API, as an instant:
 * - "2026-12-04" (a date alone): that day at `dateOnly` ("23:59" for a deadline, "00:00" for a
 *   start) on the clock of `tz`, never midnight UTC;
 * - "2026-12-04T10:00" (datetime-local, no zone): wall time in `tz`;
 * - an ISO string with its own offset or Z: that instant.
 * Null for anything else, or a calendar date that does not exist ("2026-02-30").
 */
export function parseFormInstant(value: string, tz: string = DEFAULT_TIME_ZONE, dateOnly: string = END_OF_DAY): Date | null {
  const v = value.trim();
  const day = DATE_ONLY.exec(v);
  if (day) {
    const instant = zonedInstant(v, dateOnly, tz);
    return Number.isNaN(instant.getTime()) || localDateKey(instant, tz) !== v ? null : instant;
  }
  if (isLocalDateTime(v)) {
    const instant = parseLocalDateTime(v, tz);
    return instant && localDateKey(instant, tz) === v.slice(0, 10) ? instant : null;
  }
  if (WITH_OFFSET.test(v)) {
    const instant = new Date(v);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  return null;
}

/** `parseFormInstant` for a deadline: a date alone means the end of that day (23:59) in `tz`. */
export function parseDeadline(value: string, tz: string = DEFAULT_TIME_ZONE): Date | null {
  return parseFormInstant(value, tz, END_OF_DAY);
}
