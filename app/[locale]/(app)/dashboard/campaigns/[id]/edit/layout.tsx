import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findCampaignForOwner } from '@/lib/campaigns/queries';

// Only the owner's own campaign: everyone else gets a real 404 (see the campaign page layout).
export default async function EditCampaignLayout({ children, params }: LayoutProps<'/[locale]/dashboard/campaigns/[id]/edit'>) {
  const { id } = await params;
  const user = await requireUser();
  if (!(await findCampaignForOwner(user, id))) notFound();
  return children;
}
