import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findMySession } from '@/lib/mentoring/queries';

// A session that is unknown or not the viewer's is a real 404, decided above the page's loading boundary.
export default async function SessionLayout({ children, params }: LayoutProps<'/[locale]/mentoring/sessions/[id]'>) {
  const { id } = await params;
  const user = await requireUser();
  if (!(await findMySession(user, id))) notFound();
  return children;
}
