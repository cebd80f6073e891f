import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { getOccupancy, getTodayBoard } from '@/lib/bookings/queries';
import { canCheckIn, canMarkNoShow } from '@/lib/bookings/policy';
import { loadInbox } from '@/lib/console/inbox-queries';
import { getStaffOverview } from '@/lib/console/queries';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { TodayBoard } from '@/components/operate/today-board';
import { OccupancyChart } from '@/components/operate/occupancy-chart';
import { InboxList } from '@/components/console/inbox-list';
import { StaffOverview } from '@/components/console/staff-overview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console');
  return { title: t('title') };
}

/** The operator's home: the day's figures, the inbox of every queue, today's board. */
export default async function OperatePage({ params, searchParams }: PageProps<'/[locale]/operate'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const now = new Date();
  // A busy day is hundreds of bookings: the board starts with those not over yet (and any still
  // to be checked in or marked as no-shows); ?board=all shows the whole day.
  const wholeDay = (await searchParams).board === 'all';
  const [inbox, overview, board, occupancy] = await Promise.all([
    loadInbox(operator),
    getStaffOverview(operator, now),
    getTodayBoard(operator, now, { wholeDay }),
    getOccupancy(operator, 30, now),
  ]);
  const [t, to] = await Promise.all([getTranslations('console'), getTranslations('operate')]);

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <StaffOverview data={{ ...overview, waiting: inbox.reduce((s, q) => s + q.count, 0) }} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <InboxList queues={inbox} now={now} timeZone={overview.timeZone} />
        <Card aria-labelledby="board-title" id="today">
          <CardHeader>
            <div>
              <CardTitle id="board-title">{to('boardTitle')}</CardTitle>
              <CardDescription>{to('boardDescription')}</CardDescription>
            </div>
            <Badge>{to('count', { n: board.total })}</Badge>
          </CardHeader>
          <CardBody>
            <TodayBoard
              emptyTitle={board.total > 0 ? to('boardAllOver') : undefined}
              items={board.rows.map((b) => ({
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
            {board.rows.length < board.total && !wholeDay && (
              <p className="mt-3 text-sm">
                <Link href="/operate?board=all#today" className="font-medium text-brand-700 hover:underline">
                  {to('boardShowAll', { n: board.total })}
                </Link>
              </p>
            )}
          </CardBody>
        </Card>
      </div>
      <Card aria-labelledby="occupancy-title">
        <CardHeader>
          <div>
            <CardTitle id="occupancy-title">{to('occupancyTitle')}</CardTitle>
            <CardDescription>{to('occupancyDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          <OccupancyChart data={occupancy} />
        </CardBody>
      </Card>
    </div>
  );
}
