import { notFound } from 'next/navigation';
import { findCampaign } from '@/lib/campaigns/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';

// Checked here as well as in the page: with a loading.tsx below, a notFound() thrown only by
// the page would arrive after the 200 status was already streamed. As a visitor: this layout
// is part of the cached page.
export default async function CampaignLayout({ children, params }: LayoutProps<'/[locale]/campaigns/[id]'>) {
  const { id } = await params;
  // Tagged before the lookup: a cached 404 goes too when the campaign is published.
  await tagPage(TAGS.campaign(id));
  const campaign = await findCampaign(null, id);
  if (!campaign) notFound();
  return children;
}
