import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LeaderboardView } from './leaderboard-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('leaderboard');
  return { title: t('title') };
}

// A chosen period, per request (the same for everyone all the same). Without a query, everyone
// gets the cached entry instead (proxy.ts, app/[locale]/(public)/entry/leaderboard).
export default async function LeaderboardPage({ params, searchParams }: PageProps<'/[locale]/leaderboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const period = (await searchParams).period;
  return <LeaderboardView asked={Array.isArray(period) ? period[0] : period} />;
}
