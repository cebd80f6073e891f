import type { ReactNode } from 'react';
import { CalendarDays, Settings2 } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/users/queries';
import { listUpcomingEvents } from '@/lib/events/queries';
import { eventSearchSchema } from '@/lib/events/schemas';
import { EVENT_KINDS } from '@/lib/events/policy';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { Button } from '@/components/ui/button';
import { LoadMore } from '@/components/ui/load-more';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { EventCard } from '@/components/events/event-card';

/** The operators' way to the events console, for the member who may manage events. */
export async function ManageEventsLink({ user }: { user: SessionUser | null }) {
  if (!can(user, 'event:manage')) return null;
  const t = await getTranslations('events');
  return (
    <Button asChild variant="outline">
      <Link href="/operate/events">
        <Settings2 className="size-4" aria-hidden /> {t('manageEvents')}
      </Link>
    </Button>
  );
}

/**
 * The events list, for /events with a kind or a cursor (per request) and for its cached entry
 * without a query (`cached`: tagged with what its cards show; the operators' link is an island).
 * The list is the same for everyone; only `actions` is personal.
 */
export async function EventList({ sp, actions, cached = false }: { sp: Record<string, string | string[] | undefined>; actions: ReactNode; cached?: boolean }) {
  const search = eventSearchSchema.parse(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, page] = await Promise.all([getTranslations('events'), listUpcomingEvents(search)]);
  if (cached) await tagPage(TAGS.events, ...page.items.map((e) => TAGS.event(e.id)));
  const nextHref = page.nextCursor ? { pathname: '/events' as const, query: { ...(search.kind ? { kind: search.kind } : {}), cursor: page.nextCursor } } : null;
  const chips = [{ key: '', label: t('allKinds') }, ...EVENT_KINDS.map((k) => ({ key: k, label: t(`kind.${k}`) }))];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={actions}
      />
      <nav aria-label={t('filterKind')} className="-mx-4 mb-6 flex gap-2 overflow-x-auto px-4 pb-1">
        {chips.map((c) => {
          const active = (search.kind ?? '') === c.key;
          return (
            <Link
              key={c.key || 'all'}
              href={c.key ? { pathname: '/events', query: { kind: c.key } } : '/events'}
              aria-current={active ? 'page' : undefined}
              className={cn('whitespace-nowrap rounded-full px-4 py-1.5 text-sm font-medium', active ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200')}
            >
              {c.label}
            </Link>
          );
        })}
      </nav>

      {page.items.length === 0 ? (
        <EmptyState
          icon={CalendarDays}
          title={search.cursor ? t('emptyMore') : t('emptyTitle')}
          description={search.kind ? t('emptyKind') : t('emptyBody')}
          action={
            search.kind || search.cursor ? (
              <Button asChild size="sm" variant="outline">
                <Link href="/events">{t('showAll')}</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((event, i) => (
            <EventCard key={event.id} event={event} priority={i === 0} />
          ))}
        </ul>
      )}
      {nextHref && <LoadMore href={nextHref} label={t('more')} />}
    </>
  );
}
