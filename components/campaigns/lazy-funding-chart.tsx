'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

// recharts is the heaviest code on the campaign page: it loads after the page is interactive,
// behind a placeholder of the chart's own height so nothing below it moves.
const Chart = dynamic(() => import('./funding-chart').then((m) => m.FundingChart), {
  ssr: false,
  loading: () => <div aria-hidden className="h-56 w-full animate-pulse rounded-lg bg-slate-200/80" />,
});

/** The funding chart, loaded on demand; an empty series needs no chart code at all. */
export function LazyFundingChart({ series, goalFen }: { series: { day: string; totalFen: number }[]; goalFen: number }) {
  const t = useTranslations('campaigns');
  if (series.length === 0) return <p className="text-sm text-slate-500">{t('chartEmpty')}</p>;
  return <Chart series={series} goalFen={goalFen} />;
}
