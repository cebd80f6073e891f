import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listBookingQueue } from '@/lib/console/queries';
import { bookingQueueSearchSchema, firstValues } from '@/lib/console/schemas';
import { decideBookingsAction } from '@/lib/bookings/actions';
import { formatRange } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { Age } from '@/components/console/age';
import { BulkQueue } from '@/components/console/bulk-queue';
import { QueueFilters } from '@/components/console/queue-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.bookings');
  return { title: t('title') };
}

export default async function BookingQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/bookings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const search = bookingQueueSearchSchema.parse(firstValues(await searchParams));
  const now = new Date();
  const [{ rows, resources }, t, tb] = await Promise.all([listBookingQueue(operator, search, now), getTranslations('console.bookings'), getTranslations('bookings')]);

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} actions={<ExportButtons table="bookings" />} />
      <QueueFilters
        action="/operate/bookings"
        filters={[
          { kind: 'search', name: 'q', label: t('search'), value: search.q },
          { kind: 'select', name: 'resource', label: t('resource'), value: search.resource, anyLabel: t('anyResource'), options: resources.map((r) => ({ value: r.id, label: r.name })) },
          { kind: 'date', name: 'date', label: t('date'), value: search.date },
          { kind: 'select', name: 'status', label: t('status'), value: search.status, options: (['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'] as const).map((s) => ({ value: s, label: tb(`status.${s}`) })) },
          { kind: 'select', name: 'sort', label: t('sort'), value: search.sort, options: (['waiting', 'startsAt', 'resource'] as const).map((s) => ({ value: s, label: t(`sortBy.${s}`) })) },
        ]}
      />
      <BulkQueue
        idField="bookingId"
        action={decideBookingsAction}
        allowOverride
        readOnly={search.status !== 'PENDING'}
        rows={rows.map((b) => {
          const tz = b.resource.space.timeZone;
          const when = formatRange(b.startsAt, b.endsAt, locale, tz, now);
          const label = `${b.resource.name} · ${b.user.name}`;
          return {
            id: b.id,
            label,
            needsOverride: !!b.certification && !b.certification.held,
            content: (
              <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4" data-testid="pending-booking" data-email={b.user.email}>
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{label}</p>
                  <p className="text-sm text-slate-600">{when}</p>
                  <p className="truncate text-xs text-slate-500">{b.user.email}</p>
                  {b.note && <p className="mt-1 text-sm text-slate-700">{b.note}</p>}
                  <p className="mt-1 flex flex-wrap gap-1.5">
                    {b.certification && (
                      <Badge tone={b.certification.held ? 'success' : 'danger'} data-testid="row-certification">
                        {t(b.certification.held ? 'certHeld' : 'certMissing', { name: b.certification.name })}
                      </Badge>
                    )}
                    {b.maintenanceClash && <Badge tone="danger" data-testid="row-maintenance">{t('maintenanceClash')}</Badge>}
                    {b.bookingClash && <Badge tone="warning" data-testid="row-clash">{t('bookingClash', { name: b.bookingClash })}</Badge>}
                    <Badge tone={b.noShows >= 2 ? 'danger' : b.noShows ? 'warning' : 'neutral'} data-testid="row-no-shows">
                      {t('noShows', { n: b.noShows })}
                    </Badge>
                  </p>
                </div>
                <p className="shrink-0 text-xs">
                  <Age since={b.createdAt} now={now} timeZone={tz} />
                </p>
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
