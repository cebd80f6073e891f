import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getOccupancy, getTodayBoard, listPendingBookings } from '@/lib/bookings/queries';
import { canCheckIn, canMarkNoShow } from '@/lib/bookings/policy';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ApprovalQueue } from '@/components/operate/approval-queue';
import { TodayBoard } from '@/components/operate/today-board';
import { OccupancyChart } from '@/components/operate/occupancy-chart';
import { OperateNav } from '@/components/operate/operate-nav';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('title') };
}

export default async function OperatePage({ params }: PageProps<'/[locale]/operate'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const now = new Date();
  const [board, pending, occupancy] = await Promise.all([getTodayBoard(operator, now), listPendingBookings(operator), getOccupancy(operator, 30, now)]);
  const t = await getTranslations('operate');

  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <OperateNav current="/operate" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="pending-title">
          <CardHeader>
            <div>
              <CardTitle id="pending-title">{t('pendingTitle')}</CardTitle>
              <CardDescription>{t('pendingDescription')}</CardDescription>
            </div>
            <Badge tone={pending.length ? 'warning' : 'success'}>{t('count', { n: pending.length })}</Badge>
          </CardHeader>
          <CardBody>
            <ApprovalQueue
              items={pending.map((b) => ({
                id: b.id,
                startsAt: b.startsAt.toISOString(),
                endsAt: b.endsAt.toISOString(),
                note: b.note,
                resourceName: b.resource.name,
                timeZone: b.resource.space.timeZone,
                userName: b.user.name,
                userEmail: b.user.email,
                certification: b.certification,
                maintenanceClash: b.maintenanceClash,
              }))}
            />
          </CardBody>
        </Card>
        <Card aria-labelledby="board-title">
          <CardHeader>
            <div>
              <CardTitle id="board-title">{t('boardTitle')}</CardTitle>
              <CardDescription>{t('boardDescription')}</CardDescription>
            </div>
            <Badge>{t('count', { n: board.length })}</Badge>
          </CardHeader>
          <CardBody>
            <TodayBoard
              items={board.map((b) => ({
                id: b.id,
                status: b.status,
                startsAt: b.startsAt.toISOString(),
                endsAt: b.endsAt.toISOString(),
                resourceName: b.resource.name,
                timeZone: b.resource.space.timeZone,
                userName: b.user.name,
                canCheckIn: canCheckIn(b, operator, now),
                canNoShow: canMarkNoShow(b, operator, now),
              }))}
            />
          </CardBody>
        </Card>
      </div>
      <Card className="mt-6" aria-labelledby="occupancy-title">
        <CardHeader>
          <div>
            <CardTitle id="occupancy-title">{t('occupancyTitle')}</CardTitle>
            <CardDescription>{t('occupancyDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          <OccupancyChart data={occupancy} />
        </CardBody>
      </Card>
    </div>
  );
}
