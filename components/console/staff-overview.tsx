import { CalendarDays, DoorOpen, LogIn, Timer } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatDateTime } from '@/lib/format';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';

export type StaffOverviewData = {
  timeZone: string;
  bookedToday: number;
  checkedInToday: number;
  waiting: number;
  events: { id: string; title: string; startsAt: Date; capacity: number | null; seatsTaken: number; space: { timeZone: string } | null }[];
  occupancy: { spaceId: string; name: string; total: number; busy: number }[];
};

/** The figures a staff member starts the day with. */
export function StaffOverview({ data }: { data: StaffOverviewData }) {
  const t = useTranslations('console.overview');
  const locale = useLocale();
  const busy = data.occupancy.reduce((s, o) => s + o.busy, 0);
  const total = data.occupancy.reduce((s, o) => s + o.total, 0);
  const stats = [
    { key: 'bookedToday', icon: CalendarDays, value: data.bookedToday, href: '/operate#today' },
    { key: 'checkedInToday', icon: LogIn, value: data.checkedInToday, href: '/operate#today' },
    { key: 'waiting', icon: Timer, value: data.waiting, href: '/operate#inbox-title' },
    { key: 'inUseNow', icon: DoorOpen, value: total ? `${busy}/${total}` : '0', href: '/operate/resources' },
  ] as const;
  return (
    <div className="space-y-4" data-testid="staff-overview">
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.map((s) => (
          <li key={s.key}>
            <Link href={s.href} className="flex h-full items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-300">
              <s.icon className="size-5 shrink-0 text-brand-600" aria-hidden />
              <span className="min-w-0">
                <span className="block text-xl font-semibold tabular-nums">{s.value}</span>
                <span className="block text-xs text-slate-600">{t(s.key)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card aria-labelledby="week-events">
          <CardHeader>
            <CardTitle id="week-events">{t('eventsTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            {data.events.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noEvents')}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {data.events.map((e) => (
                  <li key={e.id} className="py-2">
                    <p className="text-xs text-slate-500">{formatDateTime(e.startsAt, locale, e.space?.timeZone ?? data.timeZone)}</p>
                    <p className="flex items-center gap-3">
                      <Link href={`/operate/events/${e.id}`} className="min-w-0 flex-1 truncate hover:text-brand-700">
                        {e.title}
                      </Link>
                      <span className="shrink-0 text-xs text-slate-500">{e.capacity ? t('seats', { taken: e.seatsTaken, capacity: e.capacity }) : t('seatsOpen', { taken: e.seatsTaken })}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card aria-labelledby="occupancy-now">
          <CardHeader>
            <CardTitle id="occupancy-now">{t('occupancyTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ul className="space-y-3 text-sm">
              {data.occupancy.map((o) => {
                const pct = o.total ? Math.round((o.busy / o.total) * 100) : 0;
                return (
                  <li key={o.spaceId}>
                    <div className="mb-1 flex justify-between gap-2">
                      <span className="truncate">{o.name}</span>
                      <span className="shrink-0 tabular-nums text-slate-600">{t('inUse', { busy: o.busy, total: o.total })}</span>
                    </div>
                    <div className="h-2 rounded-full bg-slate-100" role="img" aria-label={t('inUsePercent', { n: pct })}>
                      <div className="h-2 rounded-full bg-brand-500" style={{ width: `${pct}%` }} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
