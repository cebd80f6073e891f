import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findProject } from '@/lib/projects/queries';

// Visibility is decided here, above the page's loading boundary, so a project the visitor may
// not see answers with a real 404 status instead of a streamed not-found page.
export default async function ProjectLayout({ children, params }: LayoutProps<'/[locale]/projects/[id]'>) {
  const { id } = await params;
  if (!(await findProject(await getCurrentUser(), id))) notFound();
  return children;
}
