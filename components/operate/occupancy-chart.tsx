'use client';

import { useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const COLORS = { HOT_DESK: '#2563eb', FIXED_DESK: '#7c3aed', MEETING_ROOM: '#059669', EQUIPMENT: '#ea580c', WORKSHOP_AREA: '#db2777' } as const;

export function OccupancyChart({ data }: { data: Record<string, number | string>[] }) {
  const tk = useTranslations('resources.kind');
  return (
    <div className="h-72 w-full" role="img" aria-label={tk('chartLabel')}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((k) => (
            <Line key={k} type="linear" dataKey={k} name={tk(k)} stroke={COLORS[k]} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
