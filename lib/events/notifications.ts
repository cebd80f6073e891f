import 'server-only';
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { notify } from '@/lib/notifications/service';
import { eventToIcs } from './ics';
import { DEFAULT_TIME_ZONE } from './policy';

/** The registrant's confirmation, with the event as an .ics. */
export async function notifyEventRegistered(tx: Tx, registrationId: string): Promise<void> {
  const r = await tx.eventRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      userId: true,
      event: {
        select: { id: true, title: true, summary: true, status: true, startsAt: true, endsAt: true, location: true, space: { select: { name: true, address: true, timeZone: true } } },
      },
    },
  });
  const e = r.event;
  await notify(tx, {
    kind: 'eventRegistered',
    recipients: [r.userId],
    subject: { type: 'eventRegistration', id: r.id },
    data: { title: e.title, startsAt: e.startsAt.toISOString(), timeZone: e.space?.timeZone ?? DEFAULT_TIME_ZONE },
    link: `/events/${e.id}`,
    ics: { filename: 'event.ics', content: eventToIcs(e, new URL(`/events/${e.id}`, env.APP_URL).toString()) },
  });
}

/** Everyone still registered hears that the organiser cancelled, with the reason. */
export async function notifyEventCancelled(tx: Tx, event: { id: string; title: string }, reason: string): Promise<void> {
  const registrants = await tx.eventRegistration.findMany({ where: { eventId: event.id, status: 'REGISTERED' }, select: { userId: true } });
  await notify(tx, { kind: 'eventCancelled', recipients: registrants.map((r) => r.userId), subject: { type: 'event', id: event.id }, data: { title: event.title, reason }, link: `/events/${event.id}` });
}
