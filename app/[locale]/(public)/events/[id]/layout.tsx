import { notFound } from 'next/navigation';
import { findEvent } from '@/lib/events/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';

// A draft is for operators only (they manage it at /operate/events/[id]): a real 404 here,
// before the loading boundary streams. As a visitor: this layout is part of the cached page.
export default async function EventLayout({ children, params }: LayoutProps<'/[locale]/events/[id]'>) {
  const { id } = await params;
  await tagPage(TAGS.event(id));
  if (!(await findEvent(null, id))) notFound();
  return children;
}
