import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findConsultation, findProposal } from '@/lib/participation/queries';
import { canEdit } from '@/lib/participation/policy';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalForm } from '@/components/participation/proposal-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate.actions');
  return { title: t('edit') };
}

export default async function EditProposalPage({ params }: PageProps<'/[locale]/participate/proposals/[id]/edit'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const p = await findProposal(id, { signedIn: true });
  if (!p || p.author.id !== user.id || !canEdit(p)) notFound();
  const t = await getTranslations('participate.actions');
  const c = await findConsultation(p.consultation.id, { signedIn: true });
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-6 sm:py-8">
      <PageHeader title={t('edit')} />
      <Card>
        <CardBody>
          <ProposalForm consultationId={p.consultation.id} categories={c?.categories ?? []} initial={{ proposalId: p.id, title: p.title, body: p.body, category: p.category }} />
        </CardBody>
      </Card>
    </div>
  );
}
