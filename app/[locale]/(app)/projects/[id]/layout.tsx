import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findProjectForTeam } from '@/lib/projects/queries';

// Team pages of a project: anyone outside the team gets a real 404 before anything streams.
export default async function ProjectTeamLayout({ children, params }: LayoutProps<'/[locale]/projects/[id]'>) {
  const { id } = await params;
  if (!(await findProjectForTeam(await requireUser(), id))) notFound();
  return children;
}
