import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CampaignBrowse } from '../../campaigns/(browse)/campaign-browse';

// /campaigns without a query, for a visitor (proxy.ts rewrites it here; this path itself is not
// served): rendered as a visitor sees it and cached, dropped on every instance when a campaign or
// a project on it changes. A member's list holds members-only projects, so theirs stays per request.
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
  return <CampaignBrowse user={null} raw={{}} cached />;
}
