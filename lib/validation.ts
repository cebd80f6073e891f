import { z } from 'zod';
import { DEFAULT_TIME_ZONE, END_OF_DAY, parseFormInstant } from '@/lib/time';

// The pages' Content-Security-Policy allows no eval, and zod's fast path probes `Function('')`
// (a reported CSP violation in every browser). Every schema imports this module first.
z.config({ jitless: true });

/**
 * Shared building blocks for every domain's schemas (safe in the browser). Error messages are
 * keys of the `validation` namespace.
 */

/**
 * Characters no text column may hold: PostgreSQL refuses U+0000 in `text`/`varchar`, and a
 * lone UTF-16 surrogate cannot be encoded as UTF-8 (nor in a URL).
 */
const UNSTORABLE = /\u0000|\p{Cs}/u;

export function isStorableText(v: string): boolean {
  return !UNSTORABLE.test(v);
}

/**
 * User text: `z.string()` that refuses what PostgreSQL cannot store, with a field error.
 * Every schema builds its strings from this, ids included.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { message: 'textInvalid', abort: true });
}

/** The largest amount a money column (PostgreSQL `integer`, in fen) holds: ¥21,474,836.47. */
export const MAX_FEN = 2_147_483_647;
/** Amounts a person may type, in yuan: well inside the column, and a round figure to read. */
export const MAX_YUAN = 10_000_000;
export const MAX_AMOUNT_FEN = MAX_YUAN * 100;

/** The instants a `timestamptz` column and `Date#toISOString` both write as a 4-digit year. */
export const MIN_DATE = new Date('0001-01-02T00:00:00Z');
export const MAX_DATE = new Date('9999-12-30T23:59:59Z');

export function isDateInRange(d: Date): boolean {
  const t = d.getTime();
  return !Number.isNaN(t) && t >= MIN_DATE.getTime() && t <= MAX_DATE.getTime();
}

/** A wall-clock or calendar string (`YYYY-MM-DD...`) whose year is 0001-9999. */
export function isYearInRange(v: string): boolean {
  const m = /^(\d{4})-/.exec(v);
  return !!m && Number(m[1]) >= 1;
}

/**
 * A date or date-time a person types (lib/time.ts `parseFormInstant`): a date alone is `dateOnly`
 * ("23:59" for a deadline, "00:00" for a start) on the clock of `tz`, a datetime-local value is
 * wall time there, an ISO string with an offset is itself. A Date passes through.
 */
export function formInstant(dateOnly: string = END_OF_DAY, tz: string = DEFAULT_TIME_ZONE, error = 'dateInvalid') {
  return z.union([z.date(), text()], { error }).transform((v, ctx) => toInstant(v, ctx, dateOnly, tz, error));
}

/** `formInstant` for a string already checked (piped from a `text()` with its own "required"). */
export function formInstantText(dateOnly: string = END_OF_DAY, tz: string = DEFAULT_TIME_ZONE, error = 'dateInvalid') {
  return z.string().transform((v, ctx) => toInstant(v, ctx, dateOnly, tz, error));
}

function toInstant(v: string | Date, ctx: z.RefinementCtx, dateOnly: string, tz: string, error: string): Date {
  if (typeof v === 'string' && isYearBeyondRange(v)) {
    ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
    return z.NEVER;
  }
  const instant = v instanceof Date ? v : parseFormInstant(v, tz, dateOnly);
  if (!instant || Number.isNaN(instant.getTime())) {
    ctx.addIssue({ code: 'custom', message: error });
    return z.NEVER;
  }
  if (!isDateInRange(instant)) {
    ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' });
    return z.NEVER;
  }
  return instant;
}

/** A date string whose year is written outside 0001-9999 ("0000-…", "99999-…", "+010000-…", "-000001-…"). */
export function isYearBeyondRange(v: string): boolean {
  return /^\s*(?:[+-]\d{6}|\d{5,}|0000)-\d{2}/.test(v);
}

/** A form or API date (`z.coerce.date`) that the database can store. */
export function dateTime(error = 'dateInvalid') {
  return z.coerce.date({ error }).refine(isDateInRange, { message: 'dateOutOfRange' });
}

/*
 * Search parameters: each one on its own, with a default. An empty value means "no filter", a bad
 * value is dropped (never a 500, never a reason to ignore the other parameters).
 */

/** The first value of a repeated parameter; '' -> undefined. */
function single(v: unknown): unknown {
  const first = Array.isArray(v) ? v[0] : v;
  return first === '' ? undefined : first;
}

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(single, z.enum(values).optional()).catch(undefined);
}

export function textParam(max: number) {
  return z.preprocess((v) => {
    const s = single(v);
    return typeof s === 'string' ? s.trim() || undefined : s;
  }, text().max(max).optional()).catch(undefined);
}

export function cursorParam(max = 200) {
  return z.preprocess(single, text().max(max).optional()).catch(undefined);
}

export function intParam(min: number, max: number) {
  return z.preprocess(single, z.coerce.number().int().min(min).max(max).optional()).catch(undefined);
}

export function limitParam(fallback: number, max = 100) {
  return z.preprocess(single, z.coerce.number().int().min(1).max(max).default(fallback)).catch(fallback);
}

export function flagParam<const T extends readonly [string, ...string[]]>(values: T = ['1'] as unknown as T) {
  return z.preprocess(single, z.enum(values).optional()).catch(undefined);
}
