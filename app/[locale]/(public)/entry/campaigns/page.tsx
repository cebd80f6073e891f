import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CampaignBrowse } from '../../campaigns/(browse)/campaign-browse';
import { PersonalIslands } from '@/components/layout/personal-islands';
import { loadCampaignsPersonal } from './personal';

// /campaigns without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): rendered as a visitor sees it and cached, dropped on every instance when a campaign or
// a project on it changes. A signed-in member gets the same HTML; their button and the campaigns
// only members see come through the island, below the list.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns');
  return { title: t('browseTitle') };
}

export default async function CampaignsEntryPage({ params }: PageProps<'/[locale]/entry/campaigns'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <PersonalIslands load={loadCampaignsPersonal} version="campaigns">
      <CampaignBrowse user={null} raw={{}} cached />
    </PersonalIslands>
  );
}
