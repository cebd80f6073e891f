import type { Metadata } from 'next';
import { CalendarDays, Plus } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listEventsForOperator } from '@/lib/events/queries';
import { DEFAULT_TIME_ZONE, seatsLeft } from '@/lib/events/policy';
import { formatRange } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { kindTone } from '@/components/events/event-card';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events.operate');
  return { title: t('title') };
}

type Row = Awaited<ReturnType<typeof listEventsForOperator>>['upcoming'][number];

export default async function OperateEventsPage({ params }: PageProps<'/[locale]/operate/events'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('event:manage');
  const [{ upcoming, past }, t, te] = await Promise.all([listEventsForOperator(operator), getTranslations('events.operate'), getTranslations('events')]);

  const list = (rows: Row[], pastList: boolean) => (
    <ul className="divide-y divide-slate-100">
      {rows.map((e) => {
        const left = seatsLeft(e);
        return (
          <li key={e.id} data-testid="operator-event" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-1.5">
                <Link href={`/operate/events/${e.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                  {e.title}
                </Link>
                <Badge tone={kindTone(e.kind)}>{te(`kind.${e.kind}`)}</Badge>
                <Badge tone={e.status === 'PUBLISHED' ? 'success' : e.status === 'CANCELLED' ? 'danger' : 'warning'}>{te(`status.${e.status}`)}</Badge>
              </p>
              <p className="mt-0.5 text-sm text-slate-600">
                {formatRange(e.startsAt, e.endsAt, locale, e.space?.timeZone ?? DEFAULT_TIME_ZONE)}
                {' · '}
                {e.format === 'ONLINE' ? te('online') : e.space?.name}
              </p>
            </div>
            <p className="text-sm text-slate-600 sm:text-right">
              {e.capacity === null ? t('registeredUnlimited', { n: e.seatsTaken }) : t('registeredOf', { n: e.seatsTaken, capacity: e.capacity })}
              {pastList ? ` · ${t('attendedCount', { n: e._count.registrations })}` : left === 0 ? ` · ${te('full')}` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ExportButtons table="events" className="self-center" />
            <Button asChild>
              <Link href="/operate/events/new">
                <Plus className="size-4" aria-hidden /> {t('create')}
              </Link>
            </Button>
          </>
        }
      />
      <div className="space-y-6">
        <Card aria-labelledby="upcoming-title">
          <CardHeader>
            <CardTitle id="upcoming-title">{t('upcoming')}</CardTitle>
            <Badge>{t('count', { n: upcoming.length })}</Badge>
          </CardHeader>
          <CardBody>
            {upcoming.length === 0 ? (
              <EmptyState
                icon={CalendarDays}
                title={t('none')}
                description={t('noneBody')}
                action={
                  <Button asChild size="sm">
                    <Link href="/operate/events/new">{t('create')}</Link>
                  </Button>
                }
              />
            ) : (
              list(upcoming, false)
            )}
          </CardBody>
        </Card>
        {past.length > 0 && (
          <Card aria-labelledby="past-title">
            <CardHeader>
              <CardTitle id="past-title">{t('past')}</CardTitle>
              <Badge>{t('count', { n: past.length })}</Badge>
            </CardHeader>
            <CardBody>{list(past, true)}</CardBody>
          </Card>
        )}
      </div>
    </div>
  );
}
