import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findConsultation } from '@/lib/participation/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalForm } from '@/components/participation/proposal-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate');
  return { title: t('propose') };
}

export default async function ProposePage({ params }: PageProps<'/[locale]/participate/[id]/propose'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser();
  const c = await findConsultation(id, { signedIn: true });
  if (!c || !c.open) notFound();
  const t = await getTranslations('participate');
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-6 sm:py-8">
      <PageHeader title={t('propose')} description={c.standing ? t('suggestionBox.title') : c.title} />
      <Card>
        <CardBody>
          <ProposalForm consultationId={c.id} categories={c.categories} />
        </CardBody>
      </Card>
    </div>
  );
}
