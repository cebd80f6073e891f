import type { Metadata } from 'next';
import { ClipboardCheck } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listProposalsToEvaluate } from '@/lib/participation/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ClockBadge, ProposalStatusBadge } from '@/components/participation/badges';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('proposalEvaluation');
  return { title: t('title') };
}

/** The proposals an operator named this mentor evaluator of and that still wait for an answer. */
export default async function ProposalsToEvaluatePage({ params }: PageProps<'/[locale]/mentoring/proposals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('mentoring:offer');
  const [t, tp, proposals] = await Promise.all([getTranslations('proposalEvaluation'), getTranslations('participate'), listProposalsToEvaluate(user)]);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/mentoring" className="text-brand-700 hover:underline">
          {t('backToMentoring')}
        </Link>
      </p>
      <PageHeader title={t('title')} description={t('description')} />
      {proposals.length === 0 ? (
        <EmptyState icon={ClipboardCheck} title={t('empty')} description={t('emptyHint')} />
      ) : (
        <ul className="space-y-3" aria-label={t('title')}>
          {proposals.map((p) => (
            <li key={p.id} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-base font-semibold text-slate-900">
                <Link href={`/mentoring/proposals/${p.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                  {p.title}
                </Link>
              </h2>
              <p className="mt-0.5 text-xs text-slate-500">
                {p.consultation.standing ? tp('suggestionBox.title') : p.consultation.title} · {t('byAuthor', { name: p.author.name })} · {t('supports', { n: p.supportCount })}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-1.5">
                <ProposalStatusBadge status={p.status} />
                <ClockBadge clock={p.clock} />
                {p.escalatedAt && <Badge tone="danger">{tp('escalated')}</Badge>}
                {p.hasDraft && <Badge>{t('draft')}</Badge>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
