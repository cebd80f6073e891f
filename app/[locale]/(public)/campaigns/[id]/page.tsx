import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { findCampaign } from '@/lib/campaigns/queries';
import { findGallery } from '@/lib/media/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { CampaignDetail } from '@/components/campaigns/campaign-detail';
import { PersonalIslands, PersonalSlot } from '@/components/layout/personal-islands';
import { loadCampaignPersonal } from './personal';

// Served from the cache for everyone (lib/cache): rendered without a session, as a visitor sees
// it, and dropped on every instance when the campaign, its pledges, tiers, updates or comments
// change. Five minutes at most for what only time changes ("3 days left").
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/campaigns/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const c = await findCampaign(null, id);
  return c ? { title: c.title, description: `${c.project.name} · ${c.project.pitch}` } : { title: '404' };
}

export default async function CampaignPage({ params }: PageProps<'/[locale]/campaigns/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Drafts, campaigns under review and those of members-only projects are not public: a 404
  // here (never cached with their content); their team opens them at /campaigns/[id]/manage.
  const c = await findCampaign(null, id);
  if (!c) notFound();
  const [gallery] = await Promise.all([findGallery('CAMPAIGN', c.id), tagPage(TAGS.campaign(id), TAGS.project(c.project.id))]);
  return (
    <PersonalIslands load={loadCampaignPersonal.bind(null, c.id)} version={`${c.status}:${c.raisedFen}:${c.backers}:${c.comments.length}:${c.tiers.map((t) => t.claimed).join(',')}`}>
      <CampaignDetail
        c={c}
        user={null}
        gallery={gallery}
        islands={{
          manage: <PersonalSlot name="manage" />,
          watch: <PersonalSlot name="watch" />,
          pledge: (visitor) => <PersonalSlot name="pledge">{visitor}</PersonalSlot>,
          aside: <PersonalSlot name="aside" />,
          comment: (visitor) => <PersonalSlot name="comment">{visitor}</PersonalSlot>,
        }}
      />
    </PersonalIslands>
  );
}
