import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { CampaignBrowse } from './campaign-browse';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns');
  return { title: t('browseTitle') };
}

// Filtered, sorted and paged views, per request as the member sees them. Without a query, a
// visitor gets the cached entry instead (proxy.ts, app/[locale]/(public)/entry/campaigns).
export default async function CampaignsPage({ params, searchParams }: PageProps<'/[locale]/campaigns'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const raw = { q: one(sp.q), sector: one(sp.sector), stage: one(sp.stage), funded: one(sp.funded), endingSoon: one(sp.endingSoon), sort: one(sp.sort), cursor: one(sp.cursor) };
  return <CampaignBrowse user={await getCurrentUser()} raw={raw} />;
}
