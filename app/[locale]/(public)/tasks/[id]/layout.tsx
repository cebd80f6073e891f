import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findTask } from '@/lib/tasks/queries';

// A draft is the poster's alone: others get a real 404 here, before the loading boundary streams.
export default async function TaskLayout({ children, params }: LayoutProps<'/[locale]/tasks/[id]'>) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!(await findTask(user, id))) notFound();
  return children;
}
