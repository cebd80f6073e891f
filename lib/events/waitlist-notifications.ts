import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { DEFAULT_TIME_ZONE } from './policy';

type Entry = { id: string; userId: string; offerExpiresAt: Date | null };
type EventInfo = { id: string; title: string; space: { timeZone: string } | null };

/** The first person waiting hears that a seat is theirs until the offer's expiry. */
export async function notifyWaitlistOffered(tx: Tx, event: EventInfo, entries: readonly Entry[]): Promise<void> {
  await notify(
    tx,
    entries.map((e) => ({
      userId: e.userId,
      kind: 'waitlistOffered',
      data: { title: event.title, until: e.offerExpiresAt?.toISOString() ?? null, timeZone: event.space?.timeZone ?? DEFAULT_TIME_ZONE },
      link: `/events/${event.id}`,
    })),
  );
}

/** The offer ran out unanswered; the seat has gone to the next person waiting. */
export async function notifyWaitlistOfferExpired(tx: Tx, event: EventInfo, entry: Entry): Promise<void> {
  await notify(tx, [{ userId: entry.userId, kind: 'waitlistOfferExpired', data: { title: event.title }, link: `/events/${event.id}` }]);
}
