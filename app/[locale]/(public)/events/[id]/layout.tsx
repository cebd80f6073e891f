import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findEvent } from '@/lib/events/queries';

// A draft is for operators only: others get a real 404 here, before the loading boundary streams.
export default async function EventLayout({ children, params }: LayoutProps<'/[locale]/events/[id]'>) {
  const { id } = await params;
  if (!(await findEvent(await getCurrentUser(), id))) notFound();
  return children;
}
