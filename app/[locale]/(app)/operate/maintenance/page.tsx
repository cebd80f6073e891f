import type { Metadata } from 'next';
import { Wrench } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listMaintenance, listResources } from '@/lib/bookings/queries';
import { formatRange } from '@/lib/format';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { MaintenanceForm } from '@/components/operate/operator-forms';
import { TodayBoard } from '@/components/operate/today-board';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('navMaintenance') };
}

export default async function MaintenancePage({ params }: PageProps<'/[locale]/operate/maintenance'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const [blocks, resources] = await Promise.all([listMaintenance(operator), listResources({ includeInactive: true })]);
  const t = await getTranslations('operate');

  return (
    <div>
      <PageHeader title={t('navMaintenance')} description={t('maintenanceDescription')} />
      <Card className="mb-6">
        <CardHeader><CardTitle>{t('addMaintenance')}</CardTitle></CardHeader>
        <CardBody>
          <MaintenanceForm resources={resources.map((r) => ({ id: r.id, name: r.name }))} />
        </CardBody>
      </Card>
      {blocks.length === 0 ? (
        <EmptyState icon={Wrench} title={t('noMaintenance')} />
      ) : (
        <ul className="space-y-4">
          {blocks.map((b) => {
            return (
              <li key={b.id}>
                <Card>
                  <CardHeader>
                    <div>
                      <CardTitle>{b.resource.name}</CardTitle>
                      <p className="text-sm text-slate-600">
                        {formatRange(b.startsAt, b.endsAt, locale, b.resource.space.timeZone)} · {b.reason}
                      </p>
                    </div>
                  </CardHeader>
                  <CardBody>
                    <p className="mb-2 text-sm font-medium">{t('affected', { n: b.affected.length })}</p>
                    <TodayBoard
                      emptyTitle={t('noneAffected')}
                      items={b.affected.map((a) => ({
                        id: a.id,
                        status: a.status,
                        startsAt: a.startsAt.toISOString(),
                        endsAt: a.endsAt.toISOString(),
                        resourceName: a.resource.name,
                        timeZone: a.resource.space.timeZone,
                        userName: a.user.name,
                        canCheckIn: false,
                        canNoShow: false,
                        canCancel: true,
                      }))}
                    />
                  </CardBody>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
