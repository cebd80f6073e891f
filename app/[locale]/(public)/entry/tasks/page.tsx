import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TaskBoard } from '../../tasks/(list)/task-board';
import { PersonalIslands } from '@/components/layout/personal-islands';
import { loadTasksPersonal } from './personal';

// /tasks without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): rendered as a visitor sees it and cached, dropped on every instance when a task on it
// changes or a new one is published. A signed-in member gets the same HTML; their tools, their
// filter and the tasks only members see come through the island.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('title') };
}

export default async function TasksEntryPage({ params }: PageProps<'/[locale]/entry/tasks'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <PersonalIslands load={loadTasksPersonal} version="tasks">
        <TaskBoard user={null} sp={{}} cached />
      </PersonalIslands>
    </div>
  );
}
