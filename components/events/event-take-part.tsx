import { CalendarPlus } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { findEvent } from '@/lib/events/queries';
import type { findMyWaitlistEntry } from '@/lib/events/waitlist-queries';
import { offersWaitlist } from '@/lib/events/waitlist-policy';
import { canCancelRegistration, DEFAULT_TIME_ZONE, isRegistrationOpen } from '@/lib/events/policy';
import { cancelRegistrationAction, registerAction } from '@/lib/events/actions';
import type { SessionUser } from '@/lib/users/queries';
import { ActionButton } from '@/components/ui/lazy-action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { WaitlistPanel } from '@/components/events/waitlist-panel';

type EventDetail = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

/**
 * The "take part" card's body: register, cancel, the waiting list, or sign in. A visitor's
 * version (user null) is in the cached page; a member's comes from the page's server action.
 */
export async function EventTakePart({ event, user, waitlistEntry }: { event: EventDetail; user: SessionUser | null; waitlistEntry: Awaited<ReturnType<typeof findMyWaitlistEntry>> }) {
  const t = await getTranslations('events');
  const now = new Date();
  const tz = event.space?.timeZone ?? DEFAULT_TIME_ZONE;
  const reg = event.myRegistration && event.myRegistration.status !== 'CANCELLED' ? event.myRegistration : null;
  const open = isRegistrationOpen(event, now);
  const started = event.startsAt <= now;
  return (
    <>
            {reg ? (
              <div className="space-y-3">
                <Badge tone={reg.status === 'ATTENDED' ? 'success' : 'brand'}>{t(`registrationStatus.${reg.status}`)}</Badge>
                <p className="text-sm text-slate-600">{reg.status === 'ATTENDED' ? t('attendedHint') : event.status === 'CANCELLED' ? t('cancelledRegisteredHint') : t('registeredHint')}</p>
                {canCancelRegistration(event, reg, now) && event.status !== 'CANCELLED' && (
                  <ActionButton action={cancelRegistrationAction} fields={{ eventId: event.id }} success={t('registrationCancelled')} variant="outline" confirm={t('cancelRegistrationConfirm')} className="w-full">
                    {t('cancelRegistration')}
                  </ActionButton>
                )}
              </div>
            ) : event.status === 'CANCELLED' ? (
              <p className="text-sm text-slate-500">{t('cancelledTitle')}</p>
            ) : started ? (
              <p className="text-sm text-slate-500">{t('registrationClosedHint')}</p>
            ) : waitlistEntry || (user && offersWaitlist(event, now)) ? (
              <WaitlistPanel eventId={event.id} entry={waitlistEntry} timeZone={tz} />
            ) : !open ? (
              <p className="text-sm text-slate-500">{event.status === 'DRAFT' ? t('draftHint') : t('fullHint')}</p>
            ) : !user ? (
              <Button asChild className="w-full">
                <Link href="/sign-in">{t('signInToRegister')}</Link>
              </Button>
            ) : (
              <ActionButton action={registerAction} fields={{ eventId: event.id }} success={t('registered')} size="lg" className="w-full">
                {t('register')}
              </ActionButton>
            )}
            {event.status !== 'DRAFT' && (
              <Button asChild variant="ghost" size="sm" className="w-full">
                <a href={`/api/events/${event.id}/ics`} download>
                  <CalendarPlus className="size-4" aria-hidden /> {t('addToCalendar')}
                </a>
              </Button>
            )}
    </>
  );
}

/** The operators' way to the event's management page. */
export async function EventManageLink({ event }: { event: EventDetail }) {
  const t = await getTranslations('events');
  return (
    <>
        {event.manager && (
          <Button asChild variant="outline" className="w-full">
            <Link href={`/operate/events/${event.id}`}>{t('manage')}</Link>
          </Button>
        )}
    </>
  );
}
