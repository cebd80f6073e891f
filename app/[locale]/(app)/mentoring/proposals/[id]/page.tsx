import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findProposalToEvaluate } from '@/lib/participation/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { AnswerWorkspace } from '@/components/participation/answer-workspace';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate.answer');
  return { title: t('title') };
}

/**
 * A mentor writes the official answer of a proposal they were named evaluator of: the operator's
 * answer form and rules. Any other proposal, and anyone who is not a mentor, gets a 404.
 */
export default async function EvaluateProposalPage({ params }: PageProps<'/[locale]/mentoring/proposals/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('mentoring:offer');
  const p = await findProposalToEvaluate(user, id);
  if (!p) notFound();
  const [t, timeZone] = await Promise.all([getTranslations('proposalEvaluation'), findDefaultTimeZone()]);
  return (
    <AnswerWorkspace
      proposal={p}
      timeZone={timeZone}
      back={
        <Link href="/mentoring/proposals" className="text-brand-700 hover:underline">
          {t('title')}
        </Link>
      }
    />
  );
}
