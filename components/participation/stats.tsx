import { useTranslations } from 'next-intl';
import type { ParticipationStats } from '@/lib/participation/queries';

/** Median working days to answer, the share answered on time and satisfaction. */
export function StatsStrip({ stats }: { stats: ParticipationStats }) {
  const t = useTranslations('participate.stats');
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  const items = [
    { label: t('proposals'), value: String(stats.proposals) },
    { label: t('answered'), value: String(stats.answered) },
    { label: t('medianDays'), value: stats.medianDays === null ? '—' : t('days', { n: stats.medianDays }) },
    { label: t('onTime'), value: pct(stats.onTimeShare) },
    { label: t('satisfaction'), value: pct(stats.satisfaction), hint: t('ratings', { n: stats.ratings }) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="participation-stats">
      {items.map((i) => (
        <div key={i.label} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-xs text-slate-500">{i.label}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-slate-900">{i.value}</dd>
          {i.hint && <dd className="text-xs text-slate-500">{i.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
