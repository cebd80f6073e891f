import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findMentor } from '@/lib/mentoring/queries';

// An unknown mentor is a real 404, decided above the page's loading boundary.
export default async function MentorLayout({ children, params }: LayoutProps<'/[locale]/mentors/[id]'>) {
  const { id } = await params;
  await requireUser();
  if (!(await findMentor(id))) notFound();
  return children;
}
