import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { kindOfSlug } from '@/lib/ratings/policy';
import { getRatingPage } from '@/lib/ratings/queries';

// A record the member was not served (or that does not exist) is a real 404, decided before anything streams.
export default async function RatingLayout({ children, params }: LayoutProps<'/[locale]/ratings/[kind]/[id]'>) {
  const { kind, id } = await params;
  const user = await requireUser();
  const recordKind = kindOfSlug(kind);
  if (!recordKind || !(await getRatingPage(user, recordKind, id))) notFound();
  return children;
}
