import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { findTask } from '@/lib/tasks/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { TaskDetail } from '@/components/tasks/task-detail';
import { TakePartCard } from './task-personal';
import { PersonalIslands, PersonalSlot } from '@/components/layout/personal-islands';
import { loadTaskPersonal } from './personal';

// Served from the cache for everyone (lib/cache): rendered as a visitor sees it, and dropped on
// every instance when the task, its assignments or its project change. Drafts, tasks waiting for
// approval and private projects' tasks are a 404 here (never cached with their content); those
// who may see one open it at /tasks/[id]/view.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tasks/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const task = await findTask(null, id);
  return { title: task?.title ?? '' };
}

export default async function TaskPage({ params }: PageProps<'/[locale]/tasks/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const task = await findTask(null, id);
  if (!task) notFound();
  await tagPage(TAGS.task(id), TAGS.member(task.postedById), ...(task.project ? [TAGS.project(task.project.id)] : []));
  return (
    <PersonalIslands load={loadTaskPersonal.bind(null, task.id)} version={`${task.status}:${task.filledSlots}`}>
      <TaskDetail
        task={task}
        team={<PersonalSlot name="team" />}
        takePart={
          <PersonalSlot name="takePart">
            <TakePartCard task={task} user={null} />
          </PersonalSlot>
        }
      />
    </PersonalIslands>
  );
}
