import type { ReactNode } from 'react';
import { EyeOff, MessageCircle, Megaphone } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { CampaignDetail as Detail, listMyPledges } from '@/lib/campaigns/queries';
import type { SessionUser } from '@/lib/users/queries';
import { acceptsPledges, canCancelPledge, canMove, isClosed } from '@/lib/campaigns/policy';
import {
  answerCommentAction,
  cancelCampaignAction,
  decideCampaignAction,
  postCommentAction,
  postUpdateAction,
  submitCampaignAction,
  watchCampaignAction,
} from '@/lib/campaigns/actions';
import { cancelPledgeAction } from '@/lib/pledges/actions';
import { can } from '@/lib/auth/permissions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { CampaignProgress } from '@/components/campaigns/campaign-progress';
import { CampaignStatusBadge } from '@/components/campaigns/status-badge';
import { DateTime } from '@/components/campaigns/date-time';
import { LazyFundingChart } from '@/components/campaigns/lazy-funding-chart';
import { ActionButton, ModerateButtons, TextForm } from '@/components/campaigns/member-forms';
import { TierCards } from '@/components/checkout/tier-cards';
import { IntroductionCard } from '@/components/investors/introduction-card';
import { CreatorCard, DraftBanner, MoreActions, RisksCard } from '@/components/campaigns/campaign-sections';
import { CoverHero } from '@/components/media/cover-hero';
import { Gallery } from '@/components/media/gallery';
import type { findGallery } from '@/lib/media/queries';
import { Money } from '@/components/campaigns/money';
import { Markdown } from '@/components/ui/markdown';
import { ShareCard } from '@/components/share/share-card';
import { HiddenBanner } from '@/components/moderation/hidden-banner';
import { ReportButton } from '@/components/moderation/report-button';

/**
 * A campaign's page. With `user` null it is the page every visitor and member gets from the
 * cache: the parts that depend on who looks are `islands` (filled in the browser), and their
 * server-rendered content here is the visitor's. With a user (the team's and operators' view,
 * /campaigns/[id]/manage, never cached) everything renders on the server.
 */
export async function CampaignDetail({
  c,
  user,
  mine = [],
  gallery,
  islands,
}: {
  c: Detail;
  user: SessionUser | null;
  mine?: Awaited<ReturnType<typeof listMyPledges>>;
  gallery: Awaited<ReturnType<typeof findGallery>>;
  islands?: { manage: ReactNode; watch: ReactNode; pledge: (visitor: ReactNode) => ReactNode; aside: ReactNode; comment: (visitor: ReactNode) => ReactNode };
}) {
  const [t, tp, tm] = await Promise.all([getTranslations('campaigns'), getTranslations('pledges'), getTranslations('media')]);
  const now = new Date();
  const faq = Array.isArray(c.faq) ? (c.faq as { q: string; a: string }[]) : [];
  const canCancel = (c.isOwner && canMove(c.status, 'CANCELLED', 'owner')) || (c.isOperator && canMove(c.status, 'CANCELLED', 'operator'));

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <CoverHero imageKey={c.coverKey} alt={tm('campaignCoverAlt', { name: c.title })} seed={c.project.name} />
      <div className="mb-4 space-y-2">
        <p className="text-sm">
          <Link href={`/projects/${c.project.id}`} className="text-brand-700 underline">
            {c.project.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <h1 className="min-w-0 flex-1 text-2xl font-bold text-slate-900 sm:text-3xl">{c.title}</h1>
          <CampaignStatusBadge status={c.status} />
        </div>
        <p className="text-slate-600">{c.project.pitch}</p>
        {!c.hidden && <ReportButton contentType="campaign" contentId={c.id} authorId={c.createdById} />}
      </div>

      {c.hidden && <HiddenBanner notice={c.hidden} />}

      {c.status === 'DRAFT' && c.isOwner && <DraftBanner />}
      {c.status === 'DRAFT' && c.reviewNote && (c.isOwner || c.isOperator) && <Alert tone="error" className="mb-4">{t('sentBackNote', { reason: c.reviewNote })}</Alert>}
      {c.status === 'SUBMITTED' && <Alert className="mb-4">{t('underReview')}</Alert>}
      {c.status === 'APPROVED' && c.startsAt && (
        <Alert className="mb-4">
          {t('startsOn')} <DateTime value={c.startsAt} />
        </Alert>
      )}
      {c.status === 'SUCCEEDED' && <Alert tone="success" className="mb-4">{t('succeededNote')}</Alert>}
      {c.status === 'FAILED' && <Alert tone="error" className="mb-4">{t('failedNote')}</Alert>}
      {c.status === 'CANCELLED' && <Alert tone="error" className="mb-4">{t('cancelledNote')}</Alert>}

      {islands?.manage}
      {(c.isOwner || c.isOperator) && (
        <Card className="mb-6" aria-labelledby="manage-title">
          <CardHeader>
            <CardTitle id="manage-title">{c.isOwner ? t('manageTitle') : t('reviewTitle')}</CardTitle>
          </CardHeader>
          <CardBody className="flex flex-wrap items-start gap-3">
            {c.isOwner && c.status === 'DRAFT' && (
              <>
                <Button asChild size="sm" variant="outline">
                  <Link href={`/dashboard/campaigns/${c.id}/edit`}>{t('edit')}</Link>
                </Button>
                <ActionButton action={submitCampaignAction} fields={{ campaignId: c.id }} label={t('submit')} success={t('submitted')} />
              </>
            )}
            {c.isOperator && !c.canReview && c.status === 'SUBMITTED' && <p className="text-sm text-slate-600">{t('ownTeamReview')}</p>}
            {c.canReview && c.status === 'SUBMITTED' && (
              <>
                <ActionButton action={decideCampaignAction} fields={{ campaignId: c.id, decision: 'APPROVE', reason: '' }} label={t('approve')} success={t('approved')} />
                <div className="w-full max-w-md">
                  <TextForm
                    schema="decision"
                    action={decideCampaignAction}
                    hidden={{ campaignId: c.id, decision: 'SEND_BACK' }}
                    fields={[{ name: 'reason', label: t('sendBackReason'), multiline: true }]}
                    submit={t('sendBack')}
                    success={t('sentBack')}
                    variant="outline"
                  />
                </div>
              </>
            )}
            {canCancel && (
              <MoreActions>
                <ActionButton action={cancelCampaignAction} fields={{ campaignId: c.id }} label={t('cancel')} success={t('cancelled')} confirm={t('cancelConfirm')} variant="danger" />
              </MoreActions>
            )}
          </CardBody>
        </Card>
      )}

      <Card className="mb-6">
        <CardBody className="space-y-4">
          <CampaignProgress raisedFen={c.raisedFen} goalFen={c.goalFen} backers={c.backers} endsAt={c.endsAt} status={c.status} now={now} size="lg" />
          {c.endsAt && (
            <p className="text-sm text-slate-500">
              {isClosed(c.status) ? t('endedOn') : t('endsOn')} <DateTime value={c.endsAt} />
            </p>
          )}
        </CardBody>
      </Card>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="chart-title">
            <CardHeader>
              <CardTitle id="chart-title">{t('chartTitle')}</CardTitle>
            </CardHeader>
            <CardBody>
              <LazyFundingChart series={c.series} goalFen={c.goalFen} />
            </CardBody>
          </Card>
          <Card aria-labelledby="story-title">
            <CardHeader>
              <CardTitle id="story-title">{t('story')}</CardTitle>
            </CardHeader>
            <CardBody>{c.story ? <Markdown>{c.story}</Markdown> : <p className="text-slate-500">{t('noStory')}</p>}</CardBody>
          </Card>
          <Gallery images={gallery} name={c.title} />
          <RisksCard risks={c.risks} />
          {faq.length > 0 && (
            <Card aria-labelledby="faq-title">
              <CardHeader>
                <CardTitle id="faq-title">{t('faq')}</CardTitle>
              </CardHeader>
              <CardBody>
                <dl className="space-y-3">
                  {faq.map((f, i) => (
                    <div key={i}>
                      <dt className="font-medium">{f.q}</dt>
                      <dd className="text-slate-600">{f.a}</dd>
                    </div>
                  ))}
                </dl>
              </CardBody>
            </Card>
          )}
          <Card aria-labelledby="updates-title">
            <CardHeader>
              <CardTitle id="updates-title">{t('updates')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              {c.updates.length === 0 ? (
                <EmptyState icon={Megaphone} title={t('noUpdates')} />
              ) : (
                <ol className="space-y-4">
                  {c.updates.map((u) => (
                    <li key={u.id} className="border-l-2 border-brand-200 pl-3">
                      <p className="font-medium">{u.title}</p>
                      <p className="text-xs text-slate-500">
                        <DateTime value={u.createdAt} />
                      </p>
                      <div className="mt-1 text-sm">
                        <Markdown>{u.body}</Markdown>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              {c.isOwner && (
                <TextForm
                  schema="update"
                  action={postUpdateAction}
                  hidden={{ campaignId: c.id }}
                  fields={[
                    { name: 'title', label: t('updateTitle') },
                    { name: 'body', label: t('updateBody'), multiline: true },
                  ]}
                  submit={t('postUpdate')}
                  success={t('updatePosted')}
                />
              )}
            </CardBody>
          </Card>
          <Card aria-labelledby="comments-title">
            <CardHeader>
              <CardTitle id="comments-title">{t('comments')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              {c.comments.length === 0 ? (
                <EmptyState icon={MessageCircle} title={t('noComments')} />
              ) : (
                <ul className="space-y-4">
                  {c.comments.map((m) => (
                    <li key={m.id} className="rounded-xl bg-slate-50 p-3 text-sm">
                      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                        <span className="font-medium text-slate-700">{m.author?.name ?? t('formerMember')}</span>
                        <DateTime value={m.createdAt} />
                        {m.hiddenAt && (
                          <Badge tone="warning">
                            <EyeOff className="size-3" aria-hidden /> {t('hidden')}
                          </Badge>
                        )}
                      </p>
                      <p className="mt-1 whitespace-pre-wrap text-slate-800">{m.body}</p>
                      {m.answer && (
                        <p className="mt-2 rounded-lg bg-white p-2 text-slate-700">
                          <span className="font-medium text-brand-700">{t('ownerAnswer')}</span> {m.answer}
                        </p>
                      )}
                      <div className="mt-2 flex flex-wrap gap-2">
                        {c.isOwner && !m.answer && (
                          <div className="w-full">
                            <TextForm schema="answer" action={answerCommentAction} hidden={{ commentId: m.id }} fields={[{ name: 'answer', label: t('answer') }]} submit={t('answer')} success={t('answered')} variant="outline" />
                          </div>
                        )}
                        {c.isOperator && m.authorId ? (
                          <ModerateButtons contentType="campaignComment" contentId={m.id} hidden={Boolean(m.hiddenAt)} />
                        ) : (
                          !m.hiddenAt && <ReportButton contentType="campaignComment" contentId={m.id} authorId={m.authorId} />
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              {islands ? islands.comment(<CommentComposer c={c} user={null} />) : <CommentComposer c={c} user={user} />}
            </CardBody>
          </Card>
        </div>

        <aside className="order-first space-y-6 lg:sticky lg:top-20 lg:order-none lg:self-start">
          <Card aria-labelledby="pledge-title">
            <CardHeader>
              <CardTitle id="pledge-title">{tp('title')}</CardTitle>
              {islands ? islands.watch : <WatchControl c={c} user={user} />}
            </CardHeader>
            <CardBody>
              {islands ? islands.pledge(<PledgeBody c={c} user={null} />) : <PledgeBody c={c} user={user} />}
            </CardBody>
          </Card>
          <CreatorCard project={c.project} />
          {islands ? islands.aside : <AsideExtras c={c} user={user} mine={mine} />}
          {/* Drafts and campaigns under review have no public address to pass on. */}
          {c.status !== 'DRAFT' && c.status !== 'SUBMITTED' && <ShareCard path={`/campaigns/${c.id}`} title={c.title} />}
        </aside>
      </div>
    </div>
  );
}


/** Posting a comment: the form for a member, a sign-in link for a visitor. */
export async function CommentComposer({ c, user }: { c: Detail; user: SessionUser | null }) {
  const t = await getTranslations('campaigns');
  return (
    <>
      {user && ['LIVE', 'SUCCEEDED', 'FAILED'].includes(c.status) ? (
                <TextForm schema="comment" action={postCommentAction} hidden={{ campaignId: c.id }} fields={[{ name: 'body', label: t('commentBody'), multiline: true }]} submit={t('postComment')} success={t('commentPosted')} />
              ) : (
                !user && (
                  <p className="text-sm text-slate-500">
                    <Link href="/sign-in" className="text-brand-700 underline">
                      {t('signInToComment')}
                    </Link>
                  </p>
                )
              )}
    </>
  );
}

/** Watch or unwatch (members; not while a draft or under review). */
export async function WatchControl({ c, user }: { c: Detail; user: SessionUser | null }) {
  const [t, tc] = await Promise.all([getTranslations('campaigns'), getTranslations('checkout')]);
  return (
    <>
              {user && c.status !== 'DRAFT' && c.status !== 'SUBMITTED' && (
                <ActionButton
                  action={watchCampaignAction}
                  fields={{ campaignId: c.id, watch: c.watching ? '0' : '1' }}
                  label={c.watching ? t('unwatch') : c.status === 'APPROVED' ? tc('remindAtLaunch') : t('watch')}
                  success={c.watching ? t('unwatched') : c.status === 'APPROVED' ? tc('remindSet') : t('watched')}
                  variant="ghost"
                />
              )}
    </>
  );
}

/** The pledge card's body: reward cards opening the checkout (through sign-in for a visitor). */
export async function PledgeBody({ c, user }: { c: Detail; user: SessionUser | null }) {
  const tp = await getTranslations('pledges');
  const live = acceptsPledges(c, new Date());
  return (
    <div className="space-y-3">
      {!live && <p className="text-sm text-slate-600">{tp('closed')}</p>}
      <TierCards campaignId={c.id} minPledgeFen={c.minPledgeFen} tiers={c.tiers} open={live} signedIn={Boolean(user)} />
    </div>
  );
}

/** An investor's introduction request and the member's own pledges on this campaign. */
export async function AsideExtras({ c, user, mine }: { c: Detail; user: SessionUser | null; mine: Awaited<ReturnType<typeof listMyPledges>> }) {
  const tp = await getTranslations('pledges');
  const now = new Date();
  return (
    <>
          {user && can(user, 'investor:watchlist') && !c.isOwner && <IntroductionCard projectId={c.project.id} />}
          {mine.length > 0 && (
            <Card aria-labelledby="mine-title">
              <CardHeader>
                <CardTitle id="mine-title">{tp('mine')}</CardTitle>
              </CardHeader>
              <CardBody>
                <ul className="space-y-3" data-testid="my-pledges">
                  {mine.slice(0, 10).map((p) => (
                    <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                      <span>
                        <Link href={`/pledges/${p.id}`} className="text-brand-700 underline">
                          <Money fen={p.amountFen} className="font-semibold" /> {p.tier ? `· ${p.tier.title}` : ''}
                        </Link>
                        <span className="ml-2">
                          <Badge tone={p.status === 'CAPTURED' ? 'success' : p.status === 'AUTHORIZED' ? 'brand' : 'neutral'}>{tp(`status.${p.status}`)}</Badge>
                        </span>
                      </span>
                      {canCancelPledge(p, c, now) && (
                        <ActionButton action={cancelPledgeAction} fields={{ pledgeId: p.id }} label={tp('cancel')} success={tp('cancelled')} confirm={tp('cancelConfirm')} variant="ghost" />
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
