import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { DEFAULT_TIME_ZONE } from './policy';

type Entry = { id: string; userId: string; offerExpiresAt: Date | null };
type EventInfo = { id: string; title: string; space: { timeZone: string } | null };

/**
 * The first person waiting hears that a seat is theirs; `startsAt` carries the offer's expiry
 * (the sentence's {when}: "a seat is yours until {when}").
 */
export async function notifyWaitlistOffered(tx: Tx, event: EventInfo, entries: readonly Entry[]): Promise<void> {
  for (const e of entries) {
    await notify(tx, {
      kind: 'waitlistOffered',
      recipients: [e.userId],
      subject: { type: 'eventWaitlistEntry', id: e.id },
      data: { title: event.title, startsAt: e.offerExpiresAt?.toISOString() ?? null, timeZone: event.space?.timeZone ?? DEFAULT_TIME_ZONE },
      link: `/events/${event.id}`,
    });
  }
}

/** The offer ran out unanswered; the seat has gone to the next person waiting. */
export async function notifyWaitlistOfferExpired(tx: Tx, event: EventInfo, entry: Entry): Promise<void> {
  await notify(tx, {
    kind: 'waitlistOfferExpired',
    recipients: [entry.userId],
    subject: { type: 'eventWaitlistEntry', id: entry.id },
    data: { title: event.title },
    link: `/events/${event.id}`,
  });
}
