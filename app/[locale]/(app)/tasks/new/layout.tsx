import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listPostableProjects } from '@/lib/tasks/queries';

// Only operators and project owners post tasks; others get a real 404 before the loading boundary.
export default async function NewTaskLayout({ children }: LayoutProps<'/[locale]/tasks/new'>) {
  const user = await requireUser();
  if (!can(user, 'task:post-space') && (await listPostableProjects(user)).length === 0) notFound();
  return children;
}
