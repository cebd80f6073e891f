import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { findTask } from '@/lib/tasks/queries';
import { TaskDetail } from '@/components/tasks/task-detail';
import { TakePartCard, TaskTeamSections } from '../../../../(public)/tasks/[id]/task-personal';

export async function generateMetadata({ params }: PageProps<'/[locale]/tasks/[id]/view'>): Promise<Metadata> {
  const { id } = await params;
  const task = await findTask(await getCurrentUser(), id);
  return { title: task?.title ?? '' };
}

/**
 * A task as a signed-in member may see it when it is not public (their draft, one waiting for an
 * operator's approval, a private project's task for its team): rendered per request, never cached.
 * The public page (/tasks/[id]) is the cached one.
 */
export default async function TaskViewPage({ params }: PageProps<'/[locale]/tasks/[id]/view'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const task = user ? await findTask(user, id) : null;
  if (!user || !task) notFound();
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <TaskDetail task={task} team={<TaskTeamSections task={task} />} takePart={<TakePartCard task={task} user={user} />} />
    </div>
  );
}
