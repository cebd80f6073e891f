import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listAcceptedProposals, listProposalsToAnswer, listResults, participationStats } from '@/lib/participation/queries';
import { listReportedContent } from '@/lib/moderation/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { ClockBadge, ProposalStatusBadge } from '@/components/participation/badges';
import { StatsStrip } from '@/components/participation/stats';
import { ConsultationForm, ModerateButtons, ProgressForm, ResultForm } from '@/components/participation/operator-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate.operate');
  return { title: t('title') };
}

export default async function OperateParticipationPage({ params }: PageProps<'/[locale]/operate/participation'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('space:operate');
  const [t, tm, tz, toAnswer, reported, stats, accepted, results] = await Promise.all([
    getTranslations('participate.operate'),
    getTranslations('moderation'),
    findDefaultTimeZone(),
    listProposalsToAnswer(user),
    listReportedContent(user),
    participationStats(),
    listAcceptedProposals(user),
    listResults(),
  ]);
  const escalated = toAnswer.filter((p) => p.escalatedAt);
  const flat = results.flatMap((r) => [r, ...r.children]);
  const row = (p: (typeof toAnswer)[number]) => (
    <tr key={p.id}>
      <Td>
        <Link href={`/operate/participation/proposals/${p.id}`} className="font-medium text-brand-700 underline underline-offset-2">
          {p.title}
        </Link>
        <span className="block text-xs text-slate-500">{p.consultation.standing ? t('suggestionBox') : p.consultation.title}</span>
      </Td>
      <Td className="whitespace-nowrap">
        <ProposalStatusBadge status={p.status} /> {p.hasDraft && <Badge>{t('draft')}</Badge>}
      </Td>
      <Td>
        <ClockBadge clock={p.clock} />
      </Td>
      <Td>{p.supportCount}</Td>
      <Td className="whitespace-nowrap">{p.evaluator?.name ?? '—'}</Td>
    </tr>
  );
  const table = (rows: typeof toAnswer, empty: string) =>
    rows.length === 0 ? (
      <p className="text-sm text-slate-500">{empty}</p>
    ) : (
      <div className="overflow-x-auto">
        <Table>
          <thead>
            <tr>
              <Th>{t('colProposal')}</Th>
              <Th>{t('colStatus')}</Th>
              <Th>{t('colClock')}</Th>
              <Th>{t('colSupports')}</Th>
              <Th className="whitespace-nowrap">{t('colEvaluator')}</Th>
            </tr>
          </thead>
          <tbody>{rows.map(row)}</tbody>
        </Table>
      </div>
    );
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-6 sm:py-8">
      <PageHeader title={t('title')} description={t('description')} />
      <StatsStrip stats={stats} />
      <Card aria-labelledby="escalated-title">
        <CardHeader>
          <CardTitle id="escalated-title">{t('escalatedTitle', { n: escalated.length })}</CardTitle>
        </CardHeader>
        <CardBody>{table(escalated, t('escalatedEmpty'))}</CardBody>
      </Card>
      <Card aria-labelledby="to-answer-title">
        <CardHeader>
          <CardTitle id="to-answer-title">{t('toAnswerTitle', { n: toAnswer.length })}</CardTitle>
        </CardHeader>
        <CardBody>{table(toAnswer, t('toAnswerEmpty'))}</CardBody>
      </Card>
      <Card id="reported" aria-labelledby="reported-title">
        <CardHeader>
          <CardTitle id="reported-title">{tm('queueTitle', { n: reported.length })}</CardTitle>
        </CardHeader>
        <CardBody>
          {reported.length === 0 ? (
            <p className="text-sm text-slate-500">{tm('queueEmpty')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {reported.map((r) => (
                <li key={`${r.contentType}:${r.contentId}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900">
                      {r.link ? (
                        <Link href={r.link} className="hover:text-brand-700 hover:underline">
                          {r.title || r.contentId}
                        </Link>
                      ) : (
                        r.title || r.contentId
                      )}
                    </p>
                    <p className="text-xs text-slate-500">
                      {tm(`type.${r.contentType}`)} · {tm('reports', { n: r.reportCount })} · {tm(`state.${r.state}`)} · {formatDay(r.createdAt, locale, tz)}
                    </p>
                    {r.reasons.length > 0 && <p className="text-xs text-slate-600">{r.reasons.join(' / ')}</p>}
                  </div>
                  <ModerateButtons contentType={r.contentType} contentId={r.contentId} hidden={r.state !== 'REPORTED'} />
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="new-consultation">
          <CardHeader>
            <CardTitle id="new-consultation">{t('newConsultation')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ConsultationForm />
          </CardBody>
        </Card>
        <Card aria-labelledby="new-result">
          <CardHeader>
            <CardTitle id="new-result">{t('newResult')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ResultForm proposals={accepted.map((p) => ({ id: p.id, title: p.title }))} parents={results.map((r) => ({ id: r.id, title: r.title }))} />
          </CardBody>
        </Card>
      </div>
      <Card aria-labelledby="results-progress">
        <CardHeader>
          <CardTitle id="results-progress">{t('resultsTitle')}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          {flat.length === 0 && <p className="text-sm text-slate-500">{t('resultsEmpty')}</p>}
          {flat.map((r) => (
            <div key={r.id} className="rounded-xl border border-slate-200 p-3">
              <p className="mb-2 text-sm font-medium text-slate-900">
                {r.title} · {r.effectiveProgress}%
              </p>
              {r.children.length === 0 ? <ProgressForm resultId={r.id} progress={r.progress} status={r.status} /> : <p className="text-xs text-slate-500">{t('parentProgress')}</p>}
            </div>
          ))}
        </CardBody>
      </Card>
    </div>
  );
}
