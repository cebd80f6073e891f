import { useLocale } from 'next-intl';
import { formatFen } from '@/lib/campaigns/money';

/** An amount in fen, shown as ¥ in the reader's locale. */
export function Money({ fen, className }: { fen: number; className?: string }) {
  const locale = useLocale();
  return <span className={className}>{formatFen(fen, locale)}</span>;
}
