import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findApplicationForReview } from '@/lib/admissions/queries';

// An application the operator may not review is a real 404, decided above the loading boundary.
export default async function ReviewLayout({ children, params }: LayoutProps<'/[locale]/admissions/applications/[applicationId]'>) {
  const { applicationId } = await params;
  if (!(await findApplicationForReview(await requirePagePermission('space:operate'), applicationId))) notFound();
  return children;
}
