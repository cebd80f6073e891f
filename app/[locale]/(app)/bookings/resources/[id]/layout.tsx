import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getResource } from '@/lib/bookings/queries';

// An unknown or retired resource is a real 404, decided before anything streams.
export default async function ResourceLayout({ children, params }: LayoutProps<'/[locale]/bookings/resources/[id]'>) {
  const { id } = await params;
  await requireUser();
  if (!(await getResource(id))) notFound();
  return children;
}
