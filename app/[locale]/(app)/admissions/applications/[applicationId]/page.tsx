import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { projectPageHref } from '@/lib/projects/policy';
import { requirePagePermission } from '@/lib/auth/session';
import { graduateProjectAction, startReviewAction } from '@/lib/admissions/actions';
import { nextStatuses, unscoredCriteria } from '@/lib/admissions/policy';
import { findApplicationForReview } from '@/lib/admissions/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDateTime } from '@/lib/format';
import { ActionButton } from '@/components/ui/action-button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ApplicationStatusBadge } from '@/components/admissions/application-status-badge';
import { CommentForm, DecisionForm, ScoreSheet } from '@/components/admissions/review-forms';
import { Markdown } from '@/components/ui/markdown';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admissions');
  return { title: t('review.title') };
}

export default async function ReviewPage({ params }: PageProps<'/[locale]/admissions/applications/[applicationId]'>) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const application = await findApplicationForReview(operator, applicationId);
  if (!application) notFound();
  const [t, tp, tz] = await Promise.all([getTranslations('admissions'), getTranslations('projects'), findDefaultTimeZone()]);
  const next = nextStatuses(application.status, 'operator');
  const scorable = ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'].includes(application.status);
  const mine = new Map(application.scores.filter((s) => s.reviewerId === operator.id).map((s) => [s.criterionId, s.score]));
  const averages = Object.fromEntries(
    application.round.criteria.map((c) => {
      const all = application.scores.filter((s) => s.criterionId === c.id);
      return [c.id, { avg: all.length ? (all.reduce((sum, x) => sum + x.score, 0) / all.length).toFixed(1) : '—', n: all.length }];
    }),
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title={application.project.name}
        description={`${application.round.name} · ${tp(`stage.${application.project.stage}`)} · ${application.project.organization}`}
        actions={<ApplicationStatusBadge status={application.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('review.answers')}</CardTitle>
                <CardDescription>{application.project.pitch}</CardDescription>
              </div>
              <Link href={projectPageHref(application.project)} className="text-sm text-brand-700 underline">
                {t('review.viewProject')}
              </Link>
            </CardHeader>
            <CardBody className="space-y-4">
              {application.round.questions.map((q, i) => (
                <div key={i}>
                  <h3 className="text-sm font-medium text-slate-800">{q}</h3>
                  <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{application.answers[i] || '—'}</p>
                </div>
              ))}
              {application.project.description && (
                <details className="rounded-lg bg-slate-50 p-3">
                  <summary className="cursor-pointer text-sm font-medium">{tp('detail.story')}</summary>
                  <div className="mt-2">
                    <Markdown>{application.project.description}</Markdown>
                  </div>
                </details>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('review.internal')}</CardTitle>
                <CardDescription>{t('review.internalHint')}</CardDescription>
              </div>
            </CardHeader>
            <CardBody className="space-y-4">
              {application.comments.length === 0 && <p className="text-sm text-slate-500">{t('review.noComments')}</p>}
              <ul className="space-y-3">
                {application.comments.map((c) => (
                  <li key={c.id} className="rounded-lg bg-amber-50 p-3 text-sm">
                    <p className="whitespace-pre-line text-slate-800">{c.body}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {c.author?.name ?? '—'} · {formatDateTime(c.createdAt, locale, tz)}
                    </p>
                  </li>
                ))}
              </ul>
              <CommentForm applicationId={application.id} />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t('review.scores')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              {scorable ? (
                <ScoreSheet applicationId={application.id} criteria={application.round.criteria} mine={Object.fromEntries(mine)} averages={averages} />
              ) : (
                application.round.criteria.map((c) => (
                  <div key={c.id} className="space-y-1">
                    <p className="text-sm font-medium">{c.label}</p>
                    <p className="text-xs text-slate-500">{t('review.average', { avg: averages[c.id].avg, n: averages[c.id].n })}</p>
                  </div>
                ))
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t('review.decisionTitle')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-3">
              {application.decisionMessage && (
                <p className="rounded-lg bg-slate-50 p-3 text-sm">
                  <span className="font-medium">{t('project.decisionMessage')}</span> {application.decisionMessage}
                </p>
              )}
              {next.includes('UNDER_REVIEW') && (
                <ActionButton action={startReviewAction} fields={{ applicationId: application.id }} success={t('review.started')} size="md">
                  {t('review.start')}
                </ActionButton>
              )}
              {next.some((s) => s !== 'UNDER_REVIEW') && <DecisionForm applicationId={application.id} allowed={next} unscored={unscoredCriteria(application.round.criteria, mine)} />}
              {application.status === 'ADMITTED' && application.project.incubation === 'INCUBATING' && (
                <ActionButton action={graduateProjectAction} fields={{ projectId: application.project.id }} success={t('review.graduated')} variant="outline" size="md">
                  {t('review.graduate')}
                </ActionButton>
              )}
              {next.length === 0 && application.status !== 'ADMITTED' && <p className="text-sm text-slate-500">{t('review.closed')}</p>}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
