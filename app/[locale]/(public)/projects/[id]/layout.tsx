import { notFound } from 'next/navigation';
import { findProject } from '@/lib/projects/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';

// Visibility is decided here, above the page's loading boundary, so a project the visitor may
// not see answers with a real 404 status instead of a streamed not-found page. As a visitor:
// this layout is part of the cached page; members open non-public projects at /projects/[id]/view.
export default async function ProjectLayout({ children, params }: LayoutProps<'/[locale]/projects/[id]'>) {
  const { id } = await params;
  // Tagged before the lookup: a cached 404 goes too when the project turns public.
  await tagPage(TAGS.project(id));
  if (!(await findProject(null, id))) notFound();
  return children;
}
