import { Award, Crown, Medal, Star, Trophy } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { formatMonth } from '@/lib/format';
import { POINTS_TIME_ZONE } from '@/lib/points/month';
import { localDateKey } from '@/lib/time';
import type { BadgeKey } from '@/lib/tasks/policy';

const ICONS: Record<BadgeKey, typeof Award> = { firstTask: Star, tasks5: Medal, tasks20: Award, tasks50: Trophy, topOfMonth: Crown };

export function BadgeList({ badges }: { badges: { key: BadgeKey; month?: Date }[] }) {
  const t = useTranslations('points');
  const locale = useLocale();
  if (badges.length === 0) return <p className="text-sm text-slate-500">{t('noBadges')}</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('badges')}>
      {badges.map((b, i) => {
        const Icon = ICONS[b.key];
        return (
          <li key={`${b.key}-${i}`} data-testid="badge" className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-3 py-1 text-sm font-medium text-amber-800 ring-1 ring-amber-200">
            <Icon className="size-4" aria-hidden />
            {b.key === 'topOfMonth' && b.month ? t('badge.topOfMonth', { month: formatMonth(localDateKey(b.month, POINTS_TIME_ZONE).slice(0, 7), locale) }) : t(`badge.${b.key}`)}
          </li>
        );
      })}
    </ul>
  );
}
