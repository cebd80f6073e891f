import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { memberExistsForStaff } from '@/lib/staff-members/queries';

// An unknown member is a real 404, decided before the list's loading boundary streams.
export default async function StaffMemberLayout({ children, params }: LayoutProps<'/[locale]/operate/members/[id]'>) {
  const { id } = await params;
  if (!(await memberExistsForStaff(await requirePagePermission('space:operate'), id))) notFound();
  return children;
}
