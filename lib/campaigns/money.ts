/** Money is integer fen end to end; yuan typed by a person is parsed by lib/money.ts. */
export { parseYuanToFen } from '@/lib/money';

/** "1234.5" style text of an amount, for form defaults (no grouping, no symbol). */
export function fenToYuanText(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** ¥ formatting, the house style of lib/format.ts. */
export { formatMoney as formatFen } from '@/lib/format';
