'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '@/lib/campaigns/money';

/** Cumulative pledges per day (amounts in fen from the server, formatted here). */
export function FundingChart({ series, goalFen }: { series: { day: string; totalFen: number }[]; goalFen: number }) {
  const locale = useLocale();
  const t = useTranslations('campaigns');
  if (series.length === 0) return <p className="text-sm text-slate-500">{t('chartEmpty')}</p>;
  return (
    <figure aria-label={t('chartTitle')} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} />
          <YAxis width={64} tick={{ fontSize: 11 }} domain={[0, Math.max(goalFen, series[series.length - 1].totalFen)]} tickFormatter={(v: number) => formatFen(Math.round(v / 100) * 100, locale)} />
          <Tooltip formatter={(v) => formatFen(Number(v), locale)} labelFormatter={(l) => String(l)} />
          <Area type="monotone" dataKey="totalFen" name={t('raised')} stroke="#2563eb" fill="#bfdbfe" />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
