import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Check, X } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatDateTime, formatMoney } from '@/lib/format';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { requirePagePermission } from '@/lib/auth/session';
import { findCampaignForReview } from '@/lib/console/queries';
import { campaignChecklist } from '@/lib/console/campaign-checklist';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignDecision } from '@/components/console/campaign-review-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.campaigns');
  return { title: t('panelTitle') };
}

export default async function CampaignReviewPage({ params }: PageProps<'/[locale]/operate/campaigns/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const found = await findCampaignForReview(operator, id);
  if (!found) notFound();
  const { campaign: c, history, ownTeam } = found;
  const now = new Date();
  const [t, tc, tz] = await Promise.all([getTranslations('console.campaigns'), getTranslations('campaigns'), findDefaultTimeZone()]);
  const money = (fen: number) => formatMoney(fen, locale);
  const faq = Array.isArray(c.faq) ? c.faq : [];
  const checklist = campaignChecklist({ ...c, faqCount: faq.length }, now);
  const owners = c.project.members.map((m) => m.user);

  return (
    <div className="space-y-6">
      <PageHeader
        title={c.title}
        description={t('panelDescription')}
        actions={<Badge tone={c.status === 'SUBMITTED' ? 'warning' : 'neutral'}>{tc(`status.${c.status}`)}</Badge>}
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="facts">
            <CardHeader>
              <CardTitle id="facts">{t('facts')}</CardTitle>
            </CardHeader>
            <CardBody>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-500">{t('project')}</dt>
                  <dd>
                    <Link href={`/projects/${c.project.id}`} className="text-brand-700 underline">
                      {c.project.name}
                    </Link>
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('owner')}</dt>
                  <dd>
                    {owners.map((o, i) => (
                      <span key={o.id}>
                        {i > 0 && '、'}
                        <Link href={`/members/${o.id}`} className="text-brand-700 underline">
                          {o.name}
                        </Link>{' '}
                        <span className="text-slate-500">{o.email}</span>
                      </span>
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('goal')}</dt>
                  <dd>{money(c.goalFen)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('minPledge')}</dt>
                  <dd>{money(c.minPledgeFen)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('start')}</dt>
                  <dd>{c.startsAt ? formatDateTime(c.startsAt, locale, tz, now) : t('startOnApproval')}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('duration')}</dt>
                  <dd>{t('days', { n: c.durationDays })}</dd>
                </div>
              </dl>
            </CardBody>
          </Card>
          <Card aria-labelledby="story">
            <CardHeader>
              <CardTitle id="story">{t('story')}</CardTitle>
            </CardHeader>
            <CardBody>{c.story.trim() ? <Markdown>{c.story}</Markdown> : <p className="text-sm text-slate-500">{t('noStory')}</p>}</CardBody>
          </Card>
          <Card aria-labelledby="tiers">
            <CardHeader>
              <CardTitle id="tiers">{t('tiers')}</CardTitle>
            </CardHeader>
            <CardBody>
              {c.tiers.length === 0 ? (
                <p className="text-sm text-slate-500">{t('noTiers')}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {c.tiers.map((tier) => (
                    <li key={tier.id} className="py-2">
                      <p className="font-medium">
                        {money(tier.amountFen)} · {tier.title}
                      </p>
                      <p className="text-slate-600">
                        {tier.quantity ? t('tierQuantity', { n: tier.quantity }) : t('tierUnlimited')} · {tier.deliveryMonth ? t('tierDelivery', { month: tier.deliveryMonth }) : t('tierNoDelivery')}
                      </p>
                      {tier.description && <p className="mt-0.5 text-slate-700">{tier.description}</p>}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="checklist">
            <CardHeader>
              <CardTitle id="checklist">{t('checklist')}</CardTitle>
            </CardHeader>
            <CardBody>
              <ul className="space-y-1.5 text-sm" data-testid="checklist">
                {checklist.map((item) => (
                  <li key={item.key} className="flex items-start gap-2">
                    {item.ok ? <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden /> : <X className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden />}
                    <span>
                      <span className="sr-only">{item.ok ? t('checkPassed') : t('checkFailed')}</span>
                      {t(`check.${item.key}`)}
                    </span>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              {c.status !== 'SUBMITTED' ? (
                <Alert tone="info">{t('notWaiting')}</Alert>
              ) : ownTeam ? (
                <Alert tone="info">{t('ownTeam')}</Alert>
              ) : (
                <CampaignDecision campaignId={c.id} title={c.title} />
              )}
            </CardBody>
          </Card>
          <Card aria-labelledby="history">
            <CardHeader>
              <CardTitle id="history">{t('history')}</CardTitle>
            </CardHeader>
            <CardBody>
              <ol className="space-y-2 text-sm" data-testid="review-history">
                {history.map((h) => {
                  const reason = h.after && typeof h.after === 'object' && !Array.isArray(h.after) && typeof h.after.reason === 'string' ? h.after.reason : '';
                  return (
                    <li key={h.id}>
                      <p>
                        <span className="font-medium">{h.actor?.name ?? t('someone')}</span> {t.has(`actions.${h.action}`) ? t(`actions.${h.action}`) : h.action}
                        <span className="text-slate-500"> · {formatDateTime(h.createdAt, locale, tz, now)}</span>
                      </p>
                      {reason && <p className="text-slate-700">{reason}</p>}
                    </li>
                  );
                })}
                {c.submittedAt && (
                  <li>
                    <p>
                      {t('submitted')}
                      <span className="text-slate-500"> · {formatDateTime(c.submittedAt, locale, tz, now)}</span>
                    </p>
                  </li>
                )}
              </ol>
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
