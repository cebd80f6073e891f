'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

const Placeholder = () => <div aria-hidden className="h-56 w-full animate-pulse rounded-lg bg-slate-200/80" />;

// recharts is the heaviest code on the campaign page: it loads when the chart is about to
// scroll into view (on a phone it is below the fold, so not while the page starts), behind a
// placeholder of the chart's own height so nothing below it moves.
const Chart = dynamic(() => import('./funding-chart').then((m) => m.FundingChart), { ssr: false, loading: Placeholder });

/** The funding chart, loaded on demand; an empty series needs no chart code at all. */
export function LazyFundingChart({ series, goalFen }: { series: { day: string; totalFen: number }[]; goalFen: number }) {
  const t = useTranslations('campaigns');
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px 0px' });
    seen.observe(el);
    return () => seen.disconnect();
  }, [near]);
  if (series.length === 0) return <p className="text-sm text-slate-500">{t('chartEmpty')}</p>;
  return (
    <div ref={box} data-testid="funding-chart">
      {near ? <Chart series={series} goalFen={goalFen} /> : <Placeholder />}
    </div>
  );
}
