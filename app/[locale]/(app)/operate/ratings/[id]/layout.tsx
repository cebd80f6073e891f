import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { getRatingCase } from '@/lib/ratings/queries';

// An unknown case is a real 404, decided before anything streams.
export default async function RatingCaseLayout({ children, params }: LayoutProps<'/[locale]/operate/ratings/[id]'>) {
  const { id } = await params;
  if (!(await getRatingCase(await requirePagePermission('space:operate'), id))) notFound();
  return children;
}
