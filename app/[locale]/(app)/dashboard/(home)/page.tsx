import type { Metadata } from 'next';
import { MyBookingsSummary } from './my-bookings-summary';
import { MyEventsCard } from './my-events-card';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { can, REQUESTABLE_ROLES } from '@/lib/auth/permissions';
import { listMyRoleRequests, listPendingRoleRequests } from '@/lib/role-requests/queries';
import { listUsers } from '@/lib/users/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { listMyInvitations } from '@/lib/projects/queries';
import { userSearchSchema } from '@/lib/users/schemas';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RoleRequestForm } from '@/components/role-requests/role-request-form';
import { MyRoleRequests } from '@/components/role-requests/my-role-requests';
import { RoleRequestQueue } from '@/components/role-requests/role-request-queue';
import { UsersTable } from '@/components/users/users-table';
import { EntrepreneurDashboard } from './entrepreneur-dashboard';
import { InvitationList } from '@/components/projects/invitation-list';
import { MentorDashboard } from './mentor-dashboard';
import { CampaignWorkCards, InvestorOverview, NotificationsCard } from './campaign-sections';
import { contributionSummary } from '@/lib/points/queries';
import { ContributionCard } from '@/components/points/contribution-card';
import { loadInbox } from '@/lib/console/inbox-queries';
import { getStaffOverview } from '@/lib/console/queries';
import { StaffOverview } from '@/components/console/staff-overview';
import { InboxList } from '@/components/console/inbox-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

export default async function DashboardPage({ params, searchParams }: PageProps<'/[locale]/dashboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const sp = await searchParams;
  const t = await getTranslations('dashboard');
  const tr = await getTranslations('roles');

  const myRequests = await listMyRoleRequests(user);
  const pending = new Set(myRequests.filter((r) => r.status === 'PENDING').map((r) => r.role));
  const requestable = REQUESTABLE_ROLES.filter((r) => !user.roles.includes(r) && !pending.has(r));
  const queue = can(user, 'roleRequest:review') ? await listPendingRoleRequests(user) : null;
  const search = userSearchSchema.safeParse({ q: sp.q, cursor: sp.cursor });
  const users = can(user, 'user:list') ? await listUsers(user, { ...(search.success ? search.data : {}), limit: 8 }) : null;
  const [invitations, contribution, timeZone] = await Promise.all([listMyInvitations(user), contributionSummary(user.id), findDefaultTimeZone()]);
  // Staff start from the space's day and their queues, not from a member's contribution card.
  const staff = can(user, 'space:operate');
  const now = new Date();
  const [inbox, overview] = staff ? await Promise.all([loadInbox(user, 3), getStaffOverview(user, now)]) : [null, null];
  const tc = await getTranslations('console');

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('greeting', { name: user.name })}
        description={t('subtitle')}
        actions={
          <div className="flex flex-wrap gap-1.5" aria-label={t('yourRoles')}>
            {user.roles.length === 0 ? <Badge>{tr('MEMBER')}</Badge> : user.roles.map((r) => <Badge key={r} tone="brand">{tr(r)}</Badge>)}
            {[...pending].map((r) => (
              <Badge key={r} tone="warning">{t('pendingRole', { role: tr(r) })}</Badge>
            ))}
          </div>
        }
      />
      {sp.welcome === '1' && <Alert tone="success">{t('welcome')}</Alert>}
      <InvitationList invitations={invitations} />
      {staff && inbox && overview && (
        <section aria-labelledby="staff-title" className="space-y-4" data-testid="staff-dashboard">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="staff-title" className="text-lg font-semibold">
              {tc('overview.staffTitle')}
            </h2>
            <Link href="/operate" className="text-sm font-medium text-brand-700 hover:underline">
              {tc('overview.openConsole')}
            </Link>
          </div>
          <StaffOverview data={{ ...overview, waiting: inbox.reduce((sum, q) => sum + q.count, 0) }} />
          <InboxList queues={inbox} now={now} timeZone={overview.timeZone} />
        </section>
      )}

      <NotificationsCard user={user} />
      <CampaignWorkCards user={user} />

      {queue && (
        <Card aria-labelledby="queue-title">
          <CardHeader>
            <div>
              <CardTitle id="queue-title">{t('operator.title')}</CardTitle>
              <CardDescription>{t('operator.description')}</CardDescription>
            </div>
            <Badge tone={queue.length ? 'warning' : 'success'}>{t('operator.count', { n: queue.length })}</Badge>
          </CardHeader>
          <CardBody>
            <RoleRequestQueue requests={queue.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} />
          </CardBody>
        </Card>
      )}

      {users && (
        <Card aria-labelledby="users-title">
          <CardHeader>
            <div>
              <CardTitle id="users-title">{t('admin.title')}</CardTitle>
              <CardDescription>{t('admin.description')}</CardDescription>
            </div>
            <Link href="/admin/users" className="text-sm font-medium text-brand-700 hover:underline">
              {t('admin.viewAll')}
            </Link>
          </CardHeader>
          <CardBody>
            <UsersTable actorId={user.id} page={users} q={search.success ? search.data.q : undefined} basePath="/dashboard" timeZone={timeZone} />
          </CardBody>
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        {user.roles.includes('ENTREPRENEUR') && (
          <RoleSection id="entrepreneur" title={t('entrepreneur.title')} description={t('entrepreneur.description')}>
            <EntrepreneurDashboard user={user} />
          </RoleSection>
        )}
        {user.roles.includes('MENTOR') && (
          <RoleSection id="mentor" title={t('mentor.title')} description={t('mentor.description')}>
            <MentorDashboard user={user} />
          </RoleSection>
        )}
        {user.roles.includes('INVESTOR') && (
          <RoleSection id="investor" title={t('investor.title')} description={t('investor.description')}>
            <InvestorOverview user={user} />
          </RoleSection>
        )}
        <MyBookingsSummary user={user} />
        <MyEventsCard user={user} />
        {!staff && <ContributionCard userId={user.id} summary={contribution} />}
        {!staff && (
          <RoleSection id="member" title={t('member.title')} description={t('member.description')}>
            <div className="space-y-5">
              <MyRoleRequests requests={myRequests.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} timeZone={timeZone} />
              {requestable.length > 0 && <RoleRequestForm roles={[...requestable]} />}
            </div>
          </RoleSection>
        )}
      </div>
    </div>
  );
}

function RoleSection({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-title`} data-section={id}>
      <CardHeader>
        <div>
          <CardTitle id={`${id}-title`}>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
      </CardHeader>
      <CardBody>{children}</CardBody>
    </Card>
  );
}
