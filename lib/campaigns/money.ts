/** Money is integer fen end to end; yuan typed by a person is parsed by lib/money.ts. */
export { parseYuanToFen } from '@/lib/money';

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
