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

export default async function NewProjectPage({ params }: PageProps<'/[locale]/projects/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission('project:create');
  const t = await getTranslations('projects');
  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <Card>
        <CardBody>
          <ProjectForm />
        </CardBody>
      </Card>
    </>
  );
}
