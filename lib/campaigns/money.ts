/**
 * Money is integer fen end to end. Yuan typed by a person ("80000", "12.5", "¥1,299.00") is
 * parsed as text into fen, never through a float.
 */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

export function parseYuanToFen(input: string): number | null {
  const cleaned = input.trim().replace(/^[¥￥]/, '').replace(/,/g, '');
  const m = YUAN.exec(cleaned);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** "1234.5" style text of an amount, for form defaults (no grouping, no symbol). */
export function fenToYuanText(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** ¥ formatting for the reader's locale; whole yuan shown without decimals. */
export function formatFen(fen: number, locale: string): string {
  const whole = fen % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(fen / 100);
}
