import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EventList } from '../../events/(list)/event-list';
import { PersonalIslands, PersonalSlot } from '@/components/layout/personal-islands';
import { loadEventsPersonal } from './personal';

// /events without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): the list is the same for visitors and members, so it is cached and dropped on every
// instance when an event on it changes. The operators' link is an island.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events');
  return { title: t('title') };
}

export default async function EventsEntryPage({ params }: PageProps<'/[locale]/entry/events'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <PersonalIslands load={loadEventsPersonal} version="events">
        <EventList sp={{}} actions={<PersonalSlot name="actions" />} cached />
      </PersonalIslands>
    </div>
  );
}
