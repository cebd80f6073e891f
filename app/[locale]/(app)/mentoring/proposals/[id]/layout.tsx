import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findProposalToEvaluate } from '@/lib/participation/queries';

// A proposal this mentor was not named evaluator of is a real 404, decided before anything streams.
export default async function EvaluateProposalLayout({ children, params }: LayoutProps<'/[locale]/mentoring/proposals/[id]'>) {
  const { id } = await params;
  if (!(await findProposalToEvaluate(await requirePagePermission('mentoring:offer'), id))) notFound();
  return children;
}
