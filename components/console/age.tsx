import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/format';

/**
 * How long something has waited ("等待 3 天"), from the request's `now` so server and browser agree;
 * the exact time on hover, on the space's clock.
 */
export function Age({ since, now, timeZone }: { since: Date | string; now: Date | string; timeZone: string }) {
  const t = useTranslations('console');
  const locale = useLocale();
  const from = new Date(since);
  const ms = new Date(now).getTime() - from.getTime();
  const hours = Math.floor(ms / 3_600_000);
  const days = Math.floor(hours / 24);
  const text = days >= 1 ? t('ageDays', { n: days }) : hours >= 1 ? t('ageHours', { n: hours }) : t('ageMinutes', { n: Math.max(0, Math.floor(ms / 60_000)) });
  return (
    <time dateTime={from.toISOString()} title={formatDateTime(from, locale, timeZone, new Date(now))} className={days >= 3 ? 'font-medium text-amber-800' : 'text-slate-600'}>
      {text}
    </time>
  );
}
