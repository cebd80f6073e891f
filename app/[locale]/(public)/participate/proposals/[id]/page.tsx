import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Heart } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { imageSource } from '@/lib/media/pictures';
import { getCurrentUser } from '@/lib/auth/session';
import { findProposal } from '@/lib/participation/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDateTime, formatDay } from '@/lib/format';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { Skeleton } from '@/components/ui/skeleton';
import { ClockBadge, ProposalStatusBadge } from '@/components/participation/badges';
import { ReportButton } from '@/components/participation/proposal-actions';
import { CommentBox, ReplyBox, ViewerPanel } from './viewer-panel';

async function load(id: string) {
  return (await findProposal(id, { signedIn: false })) ?? ((await getCurrentUser()) ? findProposal(id, { signedIn: true }) : null);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/participate/proposals/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: (await load(id))?.title ?? '' };
}

export default async function ProposalPage({ params }: PageProps<'/[locale]/participate/proposals/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const p = await load(id);
  if (!p) notFound();
  const [t, tm, tz] = await Promise.all([getTranslations('participate'), getTranslations('moderation'), findDefaultTimeZone()]);
  return (
    <div className="grid content-start gap-6 lg:grid-cols-3">
      <article className="min-w-0 space-y-5 lg:col-span-2">
        <header className="space-y-2">
          <p className="text-sm">
            <Link href={`/participate/${p.consultation.id}`} className="text-brand-700 hover:underline">
              {p.consultation.standing ? t('suggestionBox.title') : p.consultation.title}
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-1.5">
            <ProposalStatusBadge status={p.status} />
            <ClockBadge clock={p.clock} withdrawn={p.status === 'WITHDRAWN'} />
            {p.escalatedAt && <Badge tone="danger">{t('escalated')}</Badge>}
            {p.category && <Badge>{p.category}</Badge>}
          </div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{p.title}</h1>
          <p className="text-sm text-slate-500">
            {t('byOn', { name: p.author.name, date: formatDay(p.createdAt, locale, tz) })} · {t('dueBy', { date: formatDay(new Date(`${p.clock.dueDate}T00:00:00Z`), locale, 'UTC') })}
          </p>
        </header>
        {p.status === 'WITHDRAWN' && <Alert tone="info">{t('withdrawnNote', { reason: p.withdrawReason })}</Alert>}
        <Card>
          <CardBody className="space-y-4">
            {p.imageKey && (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={imageSource(p.imageKey).src} alt={t('imageAlt', { title: p.title })} className="max-h-80 w-full rounded-xl object-cover" />
            )}
            <Markdown className="text-sm">{p.body}</Markdown>
          </CardBody>
        </Card>

        <section aria-labelledby="answers-title" className="space-y-3">
          <h2 id="answers-title" className="text-lg font-semibold text-slate-900">
            {t('answersTitle')}
          </h2>
          {p.answers.length === 0 ? (
            <p className="text-sm text-slate-500" data-testid="no-answer">
              {t('noAnswer', { n: p.clock.elapsed, deadline: p.clock.deadlineDays })}
            </p>
          ) : (
            <ol className="space-y-3" data-testid="answers">
              {p.answers.map((a) => (
                <li key={a.id} className="rounded-2xl border border-brand-100 bg-brand-50/40 p-4">
                  <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                    <ProposalStatusBadge status={a.decision} />
                    <span className="text-slate-600">{t('answeredBy', { name: a.author.name, date: formatDay(a.publishedAt!, locale, tz) })}</span>
                    {a.round === 2 && <Badge>{t('secondLook')}</Badge>}
                    {a.rating && <Badge tone={a.rating === 'SATISFIED' ? 'success' : a.rating === 'DISSATISFIED' ? 'danger' : 'neutral'}>{t(`actions.rating.${a.rating}`)}</Badge>}
                  </div>
                  <Markdown className="text-sm">{a.body}</Markdown>
                  {a.reason && <p className="mt-2 text-sm text-slate-700">{t('reasonLabel', { reason: a.reason })}</p>}
                </li>
              ))}
            </ol>
          )}
          {p.clock.answered && (
            <p className="text-sm font-medium text-slate-700" data-testid="answer-days">
              {t('tookDays', { n: p.clock.elapsed, deadline: p.clock.deadlineDays })}
            </p>
          )}
        </section>

        <section aria-labelledby="comments-title" className="space-y-3">
          <h2 id="comments-title" className="text-lg font-semibold text-slate-900">
            {t('comments.title', { n: p.commentCount })}
          </h2>
          <ul className="space-y-3">
            {p.comments.map((c) => (
              <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-3">
                <p className="text-xs text-slate-500">
                  {c.author.name} · {formatDateTime(c.createdAt, locale, tz)}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">{c.body}</p>
                <div className="mt-1">
                  <ReportButton contentType="proposalComment" contentId={c.id} label={tm('report')} />
                </div>
                {c.replies.length > 0 && (
                  <ul className="mt-3 space-y-2 border-l-2 border-slate-100 pl-3">
                    {c.replies.map((r) => (
                      <li key={r.id}>
                        <p className="text-xs text-slate-500">
                          {r.author.name} · {formatDateTime(r.createdAt, locale, tz)}
                        </p>
                        <p className="whitespace-pre-wrap text-sm text-slate-800">{r.body}</p>
                        <ReportButton contentType="proposalComment" contentId={r.id} label={tm('report')} />
                      </li>
                    ))}
                  </ul>
                )}
                <details className="mt-2">
                  <summary className="cursor-pointer text-xs text-brand-700">{t('comments.reply')}</summary>
                  <Suspense fallback={null}>
                    <ReplyBox proposalId={p.id} parentId={c.id} />
                  </Suspense>
                </details>
              </li>
            ))}
          </ul>
          <Suspense fallback={<Skeleton className="h-24" />}>
            <CommentBox proposalId={p.id} />
          </Suspense>
        </section>
      </article>

      <aside className="space-y-4 lg:col-start-3 lg:row-start-1">
        <Card aria-labelledby="take-part">
          <CardHeader>
            <CardTitle id="take-part" className="flex items-center gap-2">
              <Heart className="size-4 text-brand-600" aria-hidden /> <span data-testid="support-count">{t('supports', { n: p.supportCount })}</span>
            </CardTitle>
          </CardHeader>
          <CardBody>
            <Suspense fallback={<Skeleton className="h-10" />}>
              <ViewerPanel proposalId={p.id} open={p.open} />
            </Suspense>
          </CardBody>
        </Card>
      </aside>
    </div>
  );
}
