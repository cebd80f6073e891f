import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectForm } from '@/components/projects/project-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('new.title') };
}

/** Pages that may send a founder here to register a project first, and get them back after. */
const RETURNS = ['/dashboard/campaigns/new'];

export default async function NewProjectPage({ params, searchParams }: PageProps<'/[locale]/projects/new'>) {
  const { locale } = await params;
  const { next } = await searchParams;
  const then = typeof next === 'string' && RETURNS.includes(next) ? next : undefined;
  setRequestLocale(locale);
  await requirePagePermission('project:create');
  const t = await getTranslations('projects');
  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <Card>
        <CardBody>
          <ProjectForm then={then} />
        </CardBody>
      </Card>
    </>
  );
}
