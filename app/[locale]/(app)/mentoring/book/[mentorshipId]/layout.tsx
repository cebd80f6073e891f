import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findMentorshipToBook } from '@/lib/mentoring/queries';

// A mentorship the viewer cannot book with is a real 404, decided above the page's loading boundary.
export default async function BookMentorLayout({ children, params }: LayoutProps<'/[locale]/mentoring/book/[mentorshipId]'>) {
  const { mentorshipId } = await params;
  const user = await requireUser();
  if (!(await findMentorshipToBook(user, mentorshipId))) notFound();
  return children;
}
