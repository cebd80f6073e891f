import { getFormatter, getTranslations } from 'next-intl/server';
import type { RatingLevel, ServiceType } from '@/lib/generated/prisma/enums';

const BAR = {
  VERY_SATISFIED: 'bg-emerald-600',
  SATISFIED: 'bg-emerald-400',
  BASICALLY_SATISFIED: 'bg-amber-400',
  DISSATISFIED: 'bg-red-400',
  VERY_DISSATISFIED: 'bg-red-700',
} as const satisfies Record<RatingLevel, string>;

/**
 * The five levels of one service type as CSS bars with the table beside them. No chart library:
 * the page is public and cacheable, the bars need no script, and the table is what screen
 * readers and a failed stylesheet read.
 */
export async function LevelDistribution({ serviceType, levels }: { serviceType: ServiceType; levels: { level: RatingLevel; count: number; share: number }[] }) {
  const [t, format] = await Promise.all([getTranslations('ratings'), getFormatter()]);
  const type = t(`serviceTypes.${serviceType}`);
  return (
    <div className="space-y-3">
      <div className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {levels.map((l) => (l.share > 0 ? <div key={l.level} className={BAR[l.level]} style={{ width: `${l.share * 100}%` }} /> : null))}
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">{t('distributionCaption', { type })}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium">
              {t('level')}
            </th>
            <th scope="col" className="w-1/2 py-1 font-medium">
              <span className="sr-only">{t('share')}</span>
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('count')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => (
            <tr key={l.level} className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-2 text-left font-normal whitespace-nowrap">
                <span className={`mr-2 inline-block size-2.5 rounded-full ${BAR[l.level]}`} aria-hidden="true" />
                {t(`levels.${l.level}`)}
              </th>
              <td className="py-1.5 pr-2" aria-hidden="true">
                <div className="h-2 rounded-full bg-slate-100">
                  <div className={`h-2 rounded-full ${BAR[l.level]}`} style={{ width: `${l.share * 100}%` }} />
                </div>
              </td>
              <td className="py-1.5 text-right tabular-nums">{l.count}</td>
              <td className="py-1.5 text-right tabular-nums">{format.number(l.share, { style: 'percent', maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
