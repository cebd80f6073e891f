import type { Metadata } from 'next';
import { ClipboardList } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { listMyTasks } from '@/lib/tasks/queries';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { TaskCard } from '@/components/tasks/task-card';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('mine') };
}

export default async function MyTasksPage({ params }: PageProps<'/[locale]/tasks/mine'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const [t, mine] = await Promise.all([getTranslations('tasks'), listMyTasks(user)]);
  const empty = mine.posted.length + mine.assigned.length + mine.applied.length === 0;
  return (
    <>
      <PageHeader title={t('mine')} description={t('mineDescription')} />
      {empty && (
        <EmptyState
          icon={ClipboardList}
          title={t('mineEmptyTitle')}
          description={t('mineEmptyBody')}
          action={
            <Button asChild>
              <Link href="/tasks">{t('browse')}</Link>
            </Button>
          }
        />
      )}
      <Section title={t('myWork')} items={mine.assigned.map((a) => ({ ...a.task, note: t(`assignmentStatus.${a.status}`) }))} />
      <Section title={t('myApplications')} items={mine.applied.map((a) => ({ ...a.task, note: t(`applicationStatus.${a.status}`) }))} />
      <Section
        title={t('posted')}
        items={mine.posted.map((p) => ({
          ...p,
          note: p._count.applications + p._count.submissions > 0 ? t('waiting', { applications: p._count.applications, submissions: p._count.submissions }) : '',
        }))}
      />
    </>
  );
}

function Section({ title, items }: { title: string; items: (Parameters<typeof TaskCard>[0]['task'] & { note: string })[] }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((task) => (
          <TaskCard key={task.id} task={task} showStatus note={task.note} />
        ))}
      </ul>
    </section>
  );
}
