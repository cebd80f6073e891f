import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listCalendarDays } from '@/lib/calendar/queries';
import { calendarYearSchema } from '@/lib/calendar/schemas';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CalendarDayForm, DeleteCalendarDayButton } from '@/components/operate/calendar-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('calendar');
  return { title: t('title') };
}

export default async function CalendarPage({ params, searchParams }: PageProps<'/[locale]/operate/calendar'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const year = calendarYearSchema.parse((await searchParams).year);
  const [days, t] = await Promise.all([listCalendarDays(operator, year), getTranslations('calendar')]);
  // Calendar days are dates (midnight UTC in the column), not instants: read back in UTC.
  const label = (d: Date) => formatDay(d, locale, 'UTC');
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{t('yearTitle', { year })}</CardTitle>
              <CardDescription>{t('yearDescription')}</CardDescription>
            </div>
            <nav aria-label={t('years')} className="flex gap-2 text-sm">
              <Link className="text-brand-700 underline-offset-2 hover:underline" href={{ pathname: '/operate/calendar', query: { year: year - 1 } }}>
                {t('previousYear', { year: year - 1 })}
              </Link>
              <Link className="text-brand-700 underline-offset-2 hover:underline" href={{ pathname: '/operate/calendar', query: { year: year + 1 } }}>
                {t('nextYear', { year: year + 1 })}
              </Link>
            </nav>
          </CardHeader>
          <CardBody>
            {days.length === 0 ? (
              <p className="text-sm text-slate-600">{t('empty', { year })}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {days.map((d) => (
                  <li key={d.date.toISOString()} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-medium tabular-nums">{label(d.date)}</span>
                      <Badge tone={d.working ? 'warning' : 'success'}>{d.working ? t('workingDay') : t('holiday')}</Badge>
                      <span className="text-slate-600">{d.name}</span>
                    </span>
                    <DeleteCalendarDayButton date={d.date.toISOString().slice(0, 10)} label={label(d.date)} />
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{t('addTitle')}</CardTitle>
              <CardDescription>{t('addDescription')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <CalendarDayForm />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
