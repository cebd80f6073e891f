import { useLocale, useTranslations } from 'next-intl';
import { formatFen } from '@/lib/campaigns/money';

/** A notification's sentence from its kind and stored values. */
export function NotificationText({ kind, data }: { kind: string; data: Record<string, string | number> }) {
  const t = useTranslations('campaigns.notifications.kinds');
  const locale = useLocale();
  if (!t.has(kind)) return <>{kind}</>;
  const values = {
    title: String(data.title ?? ''),
    reason: String(data.reason ?? ''),
    raised: typeof data.raisedFen === 'number' ? formatFen(data.raisedFen, locale) : '',
    goal: typeof data.goalFen === 'number' ? formatFen(data.goalFen, locale) : '',
  };
  return <>{t(kind, values)}</>;
}
