import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LeaderboardView } from '../../leaderboard/leaderboard-view';

// /leaderboard without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): cached, dropped on every instance when points are earned or a member's name, profile or
// privacy choice changes. Five minutes at most for the turn of the month.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('leaderboard');
  return { title: t('title') };
}

export default async function LeaderboardEntryPage({ params }: PageProps<'/[locale]/entry/leaderboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LeaderboardView asked={undefined} cached />;
}
