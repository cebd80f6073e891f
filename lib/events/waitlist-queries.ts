import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { positionOf } from './waitlist-service';

/** The viewer's open place in the queue of one event (waiting with its position, or offered). */
export async function findMyWaitlistEntry(viewer: Actor | null, eventId: string) {
  if (!viewer) return null;
  const entry = await db.eventWaitlistEntry.findFirst({
    where: { eventId, userId: viewer.id, status: { in: ['WAITING', 'OFFERED'] } },
    select: { id: true, status: true, offerExpiresAt: true },
  });
  if (!entry) return null;
  return { ...entry, position: await positionOf(db, entry.id) };
}
export type MyWaitlistEntry = NonNullable<Awaited<ReturnType<typeof findMyWaitlistEntry>>>;

/** The queue as operators see it: open places first in queue order, then the closed ones. */
export async function listEventWaitlist(actor: Actor, eventId: string) {
  assertCan(actor, 'event:manage');
  const rows = await db.eventWaitlistEntry.findMany({
    where: { eventId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, status: true, offerExpiresAt: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  const open = rows.filter((r) => r.status === 'WAITING' || r.status === 'OFFERED');
  return [...open, ...rows.filter((r) => !open.includes(r))];
}
