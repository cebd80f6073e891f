import { Bell, HandCoins, Megaphone, Plus } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/users/queries';
import { listMyPledges, listOwnedCampaigns, listSubmittedCampaigns, listWatchedCampaigns } from '@/lib/campaigns/queries';
import { campaignPageHref } from '@/lib/campaigns/policy';
import { listMyNotifications } from '@/lib/notifications/queries';
import { listIntroductionsForOwner, listMyIntroductions } from '@/lib/investors/queries';
import { respondToIntroductionAction } from '@/lib/investors/actions';
import { markNotificationsReadAction } from '@/lib/notifications/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ActionButton } from '@/components/campaigns/action-button';
import { CampaignStatusBadge } from '@/components/campaigns/status-badge';
import { DateTime } from '@/components/campaigns/date-time';
import { Money } from '@/components/campaigns/money';
import { NotificationText } from '@/components/notifications/notification-text';

/** In-app notices: campaign outcomes, reviews. */
export async function NotificationsCard({ user }: { user: SessionUser }) {
  const t = await getTranslations('campaigns.notifications');
  const { items, unread } = await listMyNotifications(user);
  return (
    <Card aria-labelledby="notifications-title" data-section="notifications">
      <CardHeader>
        <div className="flex items-center gap-2">
          <Bell className="size-5 text-brand-600" aria-hidden />
          <CardTitle id="notifications-title">{t('title')}</CardTitle>
          {unread > 0 && <Badge tone="danger">{t('unread', { n: unread })}</Badge>}
        </div>
        {unread > 0 && <ActionButton action={markNotificationsReadAction} fields={{}} label={t('markRead')} success={t('markedRead')} variant="ghost" />}
      </CardHeader>
      <CardBody>
        {items.length === 0 ? (
          <p className="text-sm text-slate-500">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="notifications">
            {items.map((n) => (
              <li key={n.id} className="flex items-start justify-between gap-3 py-2 text-sm">
                <span className={n.readAt ? 'text-slate-600' : 'font-medium text-slate-900'}>
                  {n.link ? (
                    <Link href={n.link} className="hover:underline">
                      <NotificationText kind={n.kind} data={n.data as Record<string, string | number>} />
                    </Link>
                  ) : (
                    <NotificationText kind={n.kind} data={n.data as Record<string, string | number>} />
                  )}
                </span>
                <span className="shrink-0 text-xs text-slate-400">
                  <DateTime value={n.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

/** Operators: campaigns waiting for review. Owners: their campaigns. */
export async function CampaignWorkCards({ user }: { user: SessionUser }) {
  const t = await getTranslations('campaigns.dashboard');
  const ti = await getTranslations('investors');
  const [queue, owned, incoming] = await Promise.all([
    listSubmittedCampaigns(user),
    can(user, 'project:manage-own') ? listOwnedCampaigns(user) : Promise.resolve(null),
    listIntroductionsForOwner(user),
  ]);
  return (
    <>
      {can(user, 'space:operate') && (
        <Card aria-labelledby="campaign-queue-title" data-section="campaign-review">
          <CardHeader>
            <div>
              <CardTitle id="campaign-queue-title">{t('reviewTitle')}</CardTitle>
              <CardDescription>{t('reviewLead')}</CardDescription>
            </div>
            <Badge tone={queue.length ? 'warning' : 'success'}>{t('reviewCount', { n: queue.length })}</Badge>
          </CardHeader>
          <CardBody>
            {queue.length === 0 ? (
              <p className="text-sm text-slate-500">{t('reviewEmpty')}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {queue.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <Link href={`/operate/campaigns/${c.id}`} className="font-medium text-brand-700 hover:underline">
                        {c.title}
                      </Link>
                      <span className="ml-2 text-slate-500">
                        {c.project.name} · <Money fen={c.goalFen} /> · {t('days', { n: c.durationDays })}
                      </span>
                    </span>
                    <Button asChild size="sm" variant="secondary">
                      <Link href={`/operate/campaigns/${c.id}`}>{t('review')}</Link>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      )}
      {owned && (
        <Card aria-labelledby="my-campaigns-title" data-section="my-campaigns">
          <CardHeader>
            <div>
              <CardTitle id="my-campaigns-title">{t('mineTitle')}</CardTitle>
              <CardDescription>{t('mineLead')}</CardDescription>
            </div>
            <Button asChild size="sm">
              <Link href="/dashboard/campaigns/new">
                <Plus className="size-4" aria-hidden /> {t('start')}
              </Link>
            </Button>
          </CardHeader>
          <CardBody>
            {owned.length === 0 ? (
              <EmptyState icon={Megaphone} title={t('mineEmptyTitle')} description={t('mineEmptyBody')} />
            ) : (
              <ul className="divide-y divide-slate-100">
                {owned.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="min-w-0">
                      <Link href={campaignPageHref(c)} className="font-medium text-brand-700 hover:underline">
                        {c.title}
                      </Link>
                      <span className="ml-2 text-slate-500">{c.project.name}</span>
                    </span>
                    <CampaignStatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      )}
      {incoming.length > 0 && (
        <Card aria-labelledby="incoming-title" data-section="introductions-incoming">
          <CardHeader>
            <CardTitle id="incoming-title">{ti('incomingTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ul className="divide-y divide-slate-100">
              {incoming.map((r) => (
                <li key={r.id} className="space-y-1 py-3 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{r.investor.name}</span>
                    <span className="text-slate-500">{r.investor.organization}</span>
                    <span>→ {r.project.name}</span>
                    <span>
                      · <Money fen={r.ticketFen} />
                    </span>
                    <Badge tone={r.status === 'ACCEPTED' ? 'success' : r.status === 'PENDING' ? 'warning' : 'neutral'}>{ti(`introStatus.${r.status}`)}</Badge>
                  </p>
                  {r.message && <p className="text-slate-600">{r.message}</p>}
                  {r.investor.email && (
                    <p>
                      {ti('contact')} <a className="text-brand-700 underline" href={`mailto:${r.investor.email}`}>{r.investor.email}</a>
                    </p>
                  )}
                  {r.status === 'PENDING' && (
                    <div className="flex gap-2">
                      <ActionButton action={respondToIntroductionAction} fields={{ requestId: r.id, accept: 'yes' }} label={ti('accept')} success={ti('accepted')} />
                      <ActionButton action={respondToIntroductionAction} fields={{ requestId: r.id, accept: 'no' }} label={ti('decline')} success={ti('declined')} variant="ghost" />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
    </>
  );
}

/** The investor section: watchlist and pledges (introductions are listed by the page too). */
export async function InvestorOverview({ user }: { user: SessionUser }) {
  const t = await getTranslations('investors');
  const tp = await getTranslations('pledges');
  const [watched, pledges, intros] = await Promise.all([listWatchedCampaigns(user), listMyPledges(user), listMyIntroductions(user)]);
  if (watched.length === 0 && pledges.length === 0 && intros.length === 0) {
    return (
      <EmptyState
        icon={HandCoins}
        title={t('emptyTitle')}
        description={t('emptyBody')}
        action={
          <Button asChild size="sm" variant="secondary">
            <Link href="/campaigns">{t('browse')}</Link>
          </Button>
        }
      />
    );
  }
  return (
    <div className="space-y-5">
      <section aria-labelledby="watchlist-title">
        <h3 id="watchlist-title" className="mb-2 text-sm font-semibold text-slate-700">
          {t('watchlist')}
        </h3>
        {watched.length === 0 ? (
          <p className="text-sm text-slate-500">{t('watchlistEmpty')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {watched.map(({ campaign: c }) => (
              <li key={c.id} className="flex items-center justify-between gap-2">
                <Link href={`/campaigns/${c.id}`} className="text-brand-700 hover:underline">
                  {c.title}
                </Link>
                <CampaignStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pledges-title">
        <h3 id="pledges-title" className="mb-2 text-sm font-semibold text-slate-700">
          {tp('mine')}
        </h3>
        {pledges.length === 0 ? (
          <p className="text-sm text-slate-500">{tp('noneYet')}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="dashboard-pledges">
            {pledges.slice(0, 8).map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Link href={`/campaigns/${p.campaign.id}`} className="text-brand-700 hover:underline">
                    {p.campaign.title}
                  </Link>{' '}
                  · <Money fen={p.amountFen} />
                </span>
                <Badge tone={p.status === 'CAPTURED' ? 'success' : p.status === 'AUTHORIZED' ? 'brand' : 'neutral'}>{tp(`status.${p.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="intros-title">
        <h3 id="intros-title" className="mb-2 text-sm font-semibold text-slate-700">
          {t('introductions')}
        </h3>
        {intros.length === 0 ? (
          <p className="text-sm text-slate-500">{t('introEmpty')}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="dashboard-introductions">
            {intros.map((r) => (
              <li key={r.id} className="space-y-0.5">
                <p className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {r.project.name} · <Money fen={r.ticketFen} />
                  </span>
                  <Badge tone={r.status === 'ACCEPTED' ? 'success' : r.status === 'PENDING' ? 'warning' : 'neutral'}>{t(`introStatus.${r.status}`)}</Badge>
                </p>
                {r.contact && (
                  <p className="text-slate-600">
                    {t('contact')} {r.contact.name} <a className="text-brand-700 underline" href={`mailto:${r.contact.email}`}>{r.contact.email}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
