import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TaskBoard } from '../../tasks/(list)/task-board';

// /tasks without a query, for a visitor (proxy.ts rewrites it here; this path itself is not
// served): rendered as a visitor sees it and cached, dropped on every instance when a task on it
// changes or a new one is published. A member's board holds members-only projects' tasks and
// their own tools, so theirs stays per request.
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
      <TaskBoard user={null} sp={{}} cached />
    </div>
  );
}
