import { requirePagePermission } from '@/lib/auth/session';

// Only mentors evaluate proposals: anyone else gets a real 404, decided before anything streams.
export default async function ProposalsToEvaluateLayout({ children }: LayoutProps<'/[locale]/mentoring/proposals'>) {
  await requirePagePermission('mentoring:offer');
  return children;
}
