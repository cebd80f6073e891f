import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { TaskBoard } from './task-board';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('title') };
}

// Filtered and paged views, per request as the member sees them. Without a query, a visitor gets
// the cached entry instead (proxy.ts, app/[locale]/(public)/entry/tasks).
export default async function TasksPage({ params, searchParams }: PageProps<'/[locale]/tasks'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  return <TaskBoard user={await getCurrentUser()} sp={sp} />;
}
