import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { findCampaign, listMyPledges } from '@/lib/campaigns/queries';
import { findGallery } from '@/lib/media/queries';
import { CampaignDetail } from '@/components/campaigns/campaign-detail';

export async function generateMetadata({ params }: PageProps<'/[locale]/campaigns/[id]/manage'>): Promise<Metadata> {
  const { id } = await params;
  const c = await findCampaign(await getCurrentUser(), id);
  return c ? { title: c.title, description: `${c.project.name} · ${c.project.pitch}` } : { title: '404' };
}

/**
 * A campaign as its team and the operators work on it (drafts, review, moderation), and any
 * campaign a member may see that is not public: rendered per request for the signed-in member.
 * The public page (/campaigns/[id]) is the cached one.
 */
export default async function CampaignManagePage({ params }: PageProps<'/[locale]/campaigns/[id]/manage'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const c = user ? await findCampaign(user, id) : null;
  if (!user || !c) notFound();
  const [mine, gallery] = await Promise.all([listMyPledges(user, id), findGallery('CAMPAIGN', c.id)]);
  return <CampaignDetail c={c} user={user} mine={mine} gallery={gallery} />;
}
