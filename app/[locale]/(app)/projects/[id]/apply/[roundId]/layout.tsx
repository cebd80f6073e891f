import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findRound } from '@/lib/admissions/queries';
import { findProjectForTeam } from '@/lib/projects/queries';

// Only the project's owner may apply, and only to a known round: a real 404 otherwise, decided
// above the page's loading boundary.
export default async function ApplyLayout({ children, params }: LayoutProps<'/[locale]/projects/[id]/apply/[roundId]'>) {
  const { id, roundId } = await params;
  const [project, round] = await Promise.all([findProjectForTeam(await requireUser(), id), findRound(roundId)]);
  if (!project || project.teamRole !== 'OWNER' || !round) notFound();
  return children;
}
