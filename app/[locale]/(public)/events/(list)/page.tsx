import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { EventList, ManageEventsLink } from './event-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events');
  return { title: t('title') };
}

// A kind or a page further, per request. Without a query, everyone gets the cached entry
// instead (proxy.ts, app/[locale]/(public)/entry/events).
export default async function EventsPage({ params, searchParams }: PageProps<'/[locale]/events'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  return <EventList sp={sp} actions={<ManageEventsLink user={await getCurrentUser()} />} />;
}
