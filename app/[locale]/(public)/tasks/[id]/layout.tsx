import { notFound } from 'next/navigation';
import { findTask } from '@/lib/tasks/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';

// Not public (a draft, waiting for approval, a private project's): a real 404 here, before the
// loading boundary streams. As a visitor: this layout is part of the cached page.
export default async function TaskLayout({ children, params }: LayoutProps<'/[locale]/tasks/[id]'>) {
  const { id } = await params;
  // Tagged before the lookup: a cached 404 goes too when the task is published.
  await tagPage(TAGS.task(id));
  if (!(await findTask(null, id))) notFound();
  return children;
}
