import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';
import { RECORD_SLUGS, isBadLevel } from '@/lib/ratings/policy';
import type { RateableItem } from '@/lib/ratings/queries';

/** Finished service records, each with its latest rating and a "rate" action while one is open. */
export async function RateableList({ items, timeZone }: { items: RateableItem[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('ratings'), getLocale()]);
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) => {
        const latest = i.rounds.at(-1);
        return (
          <li key={`${i.kind}:${i.id}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center" data-testid="rateable" data-subject={i.subject}>
            <div className="min-w-0 flex-1">
              <p className="font-medium">{i.subject}</p>
              <p className="text-sm text-slate-600">
                {t(`serviceTypes.${i.serviceType}`)} · {formatDateTime(i.at, locale, timeZone)}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {latest && <Badge tone={isBadLevel(latest.level) ? 'danger' : 'success'}>{t('rated', { level: t(`levels.${latest.level}`) })}</Badge>}
              <Link href={`/ratings/${RECORD_SLUGS[i.kind]}/${i.id}`} className={buttonVariants({ size: 'sm', variant: i.nextRound ? 'primary' : 'outline' })}>
                {i.nextRound === null ? t('view') : i.nextRound > 1 ? t('rateAgain') : t('rate')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
