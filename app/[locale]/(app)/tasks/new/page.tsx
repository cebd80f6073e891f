import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { findTaskRules, listPostableProjects } from '@/lib/tasks/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatZone } from '@/lib/format';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { TaskForm } from '@/components/tasks/task-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('newTitle') };
}

export default async function NewTaskPage({ params }: PageProps<'/[locale]/tasks/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const projects = await listPostableProjects(user);
  const canPostForSpace = can(user, 'task:post-space');
  if (!canPostForSpace && projects.length === 0) notFound();
  const [t, rules, tz] = await Promise.all([getTranslations('tasks'), findTaskRules(), findDefaultTimeZone()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card>
        <CardBody>
          <TaskForm projects={projects} canPostForSpace={canPostForSpace} rules={rules} zone={formatZone(locale, tz)} />
        </CardBody>
      </Card>
    </div>
  );
}
