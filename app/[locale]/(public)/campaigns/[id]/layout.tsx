import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findCampaign } from '@/lib/campaigns/queries';

// Checked here as well as in the page: with a loading.tsx below, a notFound() thrown only by
// the page would arrive after the 200 status was already streamed.
export default async function CampaignLayout({ children, params }: LayoutProps<'/[locale]/campaigns/[id]'>) {
  const { id } = await params;
  const campaign = await findCampaign(await getCurrentUser(), id);
  if (!campaign) notFound();
  return children;
}
