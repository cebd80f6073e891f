import { CalendarHeart } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Actor } from '@/lib/auth/permissions';
import { listMyUpcomingRegistrations } from '@/lib/events/queries';
import { DEFAULT_TIME_ZONE } from '@/lib/events/policy';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** The dashboard's "My events" card: the member's next registrations. */
export async function MyEventsCard({ user }: { user: Actor }) {
  const [t, te, tr, locale] = await Promise.all([getTranslations('events.dashboard'), getTranslations('events'), getTranslations('ratings'), getLocale()]);
  const { items, count } = await listMyUpcomingRegistrations(user);
  return (
    <Card aria-labelledby="my-events-title" data-section="events">
      <CardHeader>
        <div>
          <CardTitle id="my-events-title">{t('title')}</CardTitle>
          <CardDescription>{t('description')}</CardDescription>
        </div>
        <Badge tone={count ? 'brand' : 'neutral'}>{t('count', { n: count })}</Badge>
      </CardHeader>
      <CardBody>
        {items.length === 0 ? (
          <EmptyState
            icon={CalendarHeart}
            title={t('none')}
            action={
              <Button asChild size="sm">
                <Link href="/events">{t('browse')}</Link>
              </Button>
            }
          />
        ) : (
          <div className="space-y-3">
            <ul className="divide-y divide-slate-100">
              {items.map(({ id, status, event }) => (
                <li key={id} data-testid="my-event" className="py-2.5">
                  <Link href={`/events/${event.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {event.title}
                  </Link>
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                    <span>{formatDateTime(event.startsAt, locale, event.space?.timeZone ?? DEFAULT_TIME_ZONE)}</span>
                    {event.status === 'CANCELLED' ? (
                      <Badge tone="danger">{te('status.CANCELLED')}</Badge>
                    ) : (
                      <Badge tone={status === 'ATTENDED' ? 'success' : 'brand'}>{te(`registrationStatus.${status}`)}</Badge>
                    )}
                  </p>
                  {event.status === 'CANCELLED' && event.cancelReason && <p className="mt-1 text-sm text-red-700">{te('cancelledReason', { reason: event.cancelReason })}</p>}
                  {status === 'ATTENDED' && (
                    <Link href={`/ratings/event/${id}`} className="mt-1 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                      {tr('rate')}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2">
              <Button asChild size="sm" variant="secondary">
                <Link href="/events">{t('viewAll')}</Link>
              </Button>
              <Button asChild size="sm" variant="ghost">
                <Link href="/ratings">{tr('myTitle')}</Link>
              </Button>
            </div>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
