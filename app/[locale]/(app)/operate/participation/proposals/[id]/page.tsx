import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findProposalToAnswer, listEvaluators } from '@/lib/participation/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { AnswerWorkspace } from '@/components/participation/answer-workspace';
import { EvaluatorForm, ModerateButtons } from '@/components/participation/operator-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate.answer');
  return { title: t('title') };
}

export default async function AnswerProposalPage({ params }: PageProps<'/[locale]/operate/participation/proposals/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('space:operate');
  const p = await findProposalToAnswer(user, id);
  if (!p) notFound();
  const [t, tp, evaluators, timeZone] = await Promise.all([getTranslations('participate.answer'), getTranslations('participate'), listEvaluators(user), findDefaultTimeZone()]);
  return (
    <div className="px-4 py-6 sm:py-8">
      <AnswerWorkspace
        proposal={p}
        timeZone={timeZone}
        back={
          <Link href="/operate/participation" className="text-brand-700 hover:underline">
            {tp('operate.title')}
          </Link>
        }
      >
        <Card aria-labelledby="manage-title">
          <CardHeader>
            <CardTitle id="manage-title">{t('manage')}</CardTitle>
          </CardHeader>
          <CardBody className="flex flex-wrap items-end justify-between gap-4">
            <EvaluatorForm proposalId={p.id} evaluatorId={p.evaluatorId} evaluators={evaluators} />
            <ModerateButtons contentType="proposal" contentId={p.id} hidden={p.hiddenAt !== null} />
          </CardBody>
        </Card>
      </AnswerWorkspace>
    </div>
  );
}
