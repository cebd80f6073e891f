import { notFound } from 'next/navigation';
import { findMemberContributions } from '@/lib/points/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';

// An unknown member is a real 404, decided before the loading boundary streams. As a visitor:
// this layout is part of the cached page.
export default async function MemberLayout({ children, params }: LayoutProps<'/[locale]/members/[id]'>) {
  const { id } = await params;
  await tagPage(TAGS.member(id));
  if (!(await findMemberContributions(null, id))) notFound();
  return children;
}
