import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { isRoundOpen } from '@/lib/admissions/policy';
import { findRound, listApplicationsForOwner } from '@/lib/admissions/queries';
import { findProjectForTeam } from '@/lib/projects/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ApplyForm } from '@/components/admissions/apply-form';
import { Markdown } from '@/components/ui/markdown';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admissions');
  return { title: t('apply.title') };
}

export default async function ApplyPage({ params }: PageProps<'/[locale]/projects/[id]/apply/[roundId]'>) {
  const { locale, id, roundId } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const [project, round] = await Promise.all([findProjectForTeam(user, id), findRound(roundId)]);
  if (!project || project.teamRole !== 'OWNER' || !round) notFound();
  const [t, tz, applications] = await Promise.all([getTranslations('admissions'), findDefaultTimeZone(), listApplicationsForOwner(user, id)]);
  const existing = applications?.find((a) => a.round.id === roundId);
  const open = isRoundOpen(round, new Date());

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t('apply.heading', { round: round.name })} description={t('apply.for', { project: project.name })} />
      <Card>
        <CardHeader>
          <CardTitle>{round.name}</CardTitle>
          <p className="text-sm text-slate-500">
            {formatDay(round.opensAt, locale, tz)} – {formatDay(round.closesAt, locale, tz)}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          {round.description && <Markdown>{round.description}</Markdown>}
          {round.criteria.length > 0 && (
            <div>
              <h2 className="text-sm font-medium text-slate-800">{t('round.criteria')}</h2>
              <ul className="mt-1 list-disc pl-6 text-sm text-slate-600">
                {round.criteria.map((c) => (
                  <li key={c.id}>{c.label}</li>
                ))}
              </ul>
            </div>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardBody>
          {!open ? (
            <Alert tone="error">{t('apply.closed')}</Alert>
          ) : existing && existing.status !== 'DRAFT' ? (
            <Alert tone="info">{t('apply.already')}</Alert>
          ) : (
            <ApplyForm projectId={id} roundId={roundId} questions={round.questions} answers={existing?.answers ?? []} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
