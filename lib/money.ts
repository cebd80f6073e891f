import { z } from 'zod';

/**
 * Money in: yuan typed by a person ("80000", "12.5", "¥1,299.00", "1，234") becomes integer fen by
 * string arithmetic, never through a float (0.1 + 0.2 is not 0.3, and 19.99 * 100 is not 1999).
 * More than two decimals is refused, not rounded; so is anything beyond `max` (by default the
 * largest PostgreSQL integer, the type of every fen column). Safe in the browser.
 */
export const MAX_FEN = 2_147_483_647;

const YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;

export function parseYuanToFen(input: string, max: number = MAX_FEN): number | null {
  const cleaned = input.trim().replace(/^[¥￥]\s*/, '').replace(/[,，\s]/g, '');
  const m = YUAN.exec(cleaned);
  if (!m) return null;
  const digits = (m[1].replace(/^0+(?=\d)/, '') + (m[2] ?? '').padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  // Compare as text first: a 30-digit amount never becomes a number at all.
  if (digits.length > String(max).length) return null;
  const fen = Number(digits);
  return fen <= max ? fen : null;
}

type YuanFieldOptions = { required?: string; invalid: string; tooHigh?: string; allowZero?: boolean; max?: number };

/**
 * The zod field of every money input: a yuan string from a form (or a plain number of yuan from
 * a JSON body), as integer fen. An empty value is `required` (or 0 when zero is allowed).
 */
export function yuanField({ required = 'required', invalid, tooHigh = invalid, allowZero = false, max = MAX_FEN }: YuanFieldOptions) {
  return z.union([z.string(), z.number()], { error: required }).transform((v, ctx) => {
    const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
    if (!text.trim()) {
      if (allowZero) return 0;
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const fen = parseYuanToFen(text, Number.MAX_SAFE_INTEGER);
    if (fen === null || (fen === 0 && !allowZero)) {
      ctx.addIssue({ code: 'custom', message: invalid });
      return z.NEVER;
    }
    if (fen > max) {
      ctx.addIssue({ code: 'custom', message: tooHigh });
      return z.NEVER;
    }
    return fen;
  });
}

/** Fen as an exact yuan decimal ("1234.50", "-0.05"), by integer arithmetic: exports and spreadsheets. */
export function fenToYuanDecimal(fen: number | bigint): string {
  const n = BigInt(fen);
  const abs = n < BigInt(0) ? -n : n;
  return `${n < BigInt(0) ? '-' : ''}${abs / BigInt(100)}.${String(abs % BigInt(100)).padStart(2, '0')}`;
}
