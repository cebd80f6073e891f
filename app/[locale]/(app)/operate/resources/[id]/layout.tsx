import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { getResource } from '@/lib/bookings/queries';

// An unknown resource is a real 404, decided before anything streams.
export default async function EditResourceLayout({ children, params }: LayoutProps<'/[locale]/operate/resources/[id]'>) {
  const { id } = await params;
  await requirePagePermission('space:operate');
  if (!(await getResource(id, { includeInactive: true }))) notFound();
  return children;
}
