import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findMemberContributions } from '@/lib/points/queries';

// An unknown member is a real 404, decided before the loading boundary streams.
export default async function MemberLayout({ children, params }: LayoutProps<'/[locale]/members/[id]'>) {
  const { id } = await params;
  if (!(await findMemberContributions(await getCurrentUser(), id))) notFound();
  return children;
}
