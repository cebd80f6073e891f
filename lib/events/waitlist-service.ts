import 'server-only';
import { createId } from '@paralleldrive/cuid2';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { isUniqueViolation, sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { notifyWaitlistOffered, notifyWaitlistOfferExpired } from './waitlist-notifications';
import { offerExpiry, waitlistSourcesOf } from './waitlist-policy';

/*
 * The waitlist of a full event. A freed seat is never free for a moment: whoever frees it (a
 * cancelled registration, a declined or expired offer) does so in a transaction that holds the
 * event row's lock and, before committing, hands the seat to the first person waiting as an
 * offer. The offered seat stays counted in Event.seatsTaken, so the conditional UPDATE of
 * registerForEvent (`seatsTaken < capacity`) cannot give it to anybody else, and accepting the
 * offer writes the registration without touching the counter.
 */

/**
 * Seat changes queue on the event row's lock; when many people cancel or answer offers at once
 * they wait for a pool connection and for each other, so allow them longer than the default 2 s.
 */
export const SEAT_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

type LockedEvent = { id: string; title: string; status: string; startsAt: Date; capacity: number | null; seatsTaken: number; timeZone: string | null };

async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT e.id, e.title, e.status::text AS status, e."startsAt", e.capacity, e."seatsTaken", s."timeZone"
    FROM "Event" e LEFT JOIN "Space" s ON s.id = e."spaceId"
    WHERE e.id = ${eventId} FOR UPDATE OF e`;
  return rows[0] ?? null;
}

/**
 * Offers every seat that is free to the people waiting, first come first offered, and counts
 * the offered seats as taken. Call it with the event row locked (it locks it itself too).
 */
export async function offerFreeSeats(tx: Tx, eventId: string, now: Date): Promise<number> {
  const event = await lockEvent(tx, eventId);
  if (!event || event.status !== 'PUBLISHED' || event.startsAt <= now || event.capacity === null) return 0;
  const free = event.capacity - event.seatsTaken;
  if (free <= 0) return 0;
  const waiting = await tx.eventWaitlistEntry.findMany({
    where: { eventId, status: 'WAITING' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: free,
    select: { id: true, userId: true },
  });
  if (waiting.length === 0) return 0;
  const until = offerExpiry(now, event.startsAt);
  const { count } = await tx.eventWaitlistEntry.updateMany({
    where: { id: { in: waiting.map((w) => w.id) }, status: { in: waitlistSourcesOf('OFFERED') } },
    data: { status: 'OFFERED', offeredAt: now, offerExpiresAt: until },
  });
  // The event row is locked by this transaction, so nobody else moved these rows meanwhile.
  if (count !== waiting.length) throw new Error('waitlist changed under the event lock');
  await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" + ${count}, "updatedAt" = now() WHERE id = ${eventId}`;
  await notifyWaitlistOffered(
    tx,
    { id: event.id, title: event.title, space: event.timeZone ? { timeZone: event.timeZone } : null },
    waiting.map((w) => ({ ...w, offerExpiresAt: until })),
  );
  return count;
}

/** A held or taken seat is given back: it goes to the next person waiting, or becomes free. */
export async function releaseSeat(tx: Tx, eventId: string, now: Date): Promise<void> {
  await lockEvent(tx, eventId);
  await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" - 1, "updatedAt" = now() WHERE id = ${eventId}`;
  await offerFreeSeats(tx, eventId, now);
}

export type JoinResult = { id: string; status: 'REGISTERED' | 'WAITLISTED'; position: number | null };

/**
 * Joins the queue of a full event. Under the event's lock: if a seat is free after all (a
 * cancellation with nobody waiting), the member simply gets it.
 */
export async function joinWaitlist(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult<JoinResult>> {
  assertCan(actor, 'event:register');
  try {
    return await inTransaction<JoinResult>(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event || event.status === 'DRAFT') return fail('NOT_FOUND', 'eventNotFound');
      if (event.status === 'CANCELLED') return fail('EVENT_CANCELLED', 'eventCancelled');
      if (event.startsAt <= now) return fail('REGISTRATION_CLOSED', 'registrationClosed');
      const registered = await tx.eventRegistration.findFirst({ where: { eventId, userId: actor.id, status: { not: 'CANCELLED' } }, select: { id: true } });
      if (registered) return fail('ALREADY_REGISTERED', 'alreadyRegistered');
      if (event.capacity === null || event.seatsTaken < event.capacity) {
        const id = createId();
        await tx.eventRegistration.create({ data: { id, eventId, userId: actor.id, status: 'REGISTERED' } });
        await tx.$executeRaw`UPDATE "Event" SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now() WHERE id = ${eventId}`;
        return ok({ id, status: 'REGISTERED' as const, position: null });
      }
      const entry = await tx.eventWaitlistEntry.create({ data: { eventId, userId: actor.id }, select: { id: true } });
      const position = await positionOf(tx, entry.id);
      return ok({ id: entry.id, status: 'WAITLISTED' as const, position });
    }, SEAT_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error) || sqlState(error) === '23505') return fail('ALREADY_WAITLISTED', 'alreadyWaitlisted');
    throw error;
  }
}

/** 1 for the first person waiting; null once the entry is no longer waiting. */
export async function positionOf(tx: Tx, entryId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ position: bigint | null }[]>`
    SELECT CASE WHEN me.status = 'WAITING' THEN (
      SELECT count(*) FROM "EventWaitlistEntry" w
      WHERE w."eventId" = me."eventId" AND w.status = 'WAITING' AND (w."createdAt", w.id) <= (me."createdAt", me.id)
    ) END AS position
    FROM "EventWaitlistEntry" me WHERE me.id = ${entryId}`;
  const p = rows[0]?.position;
  return p === null || p === undefined ? null : Number(p);
}

async function myOpenEntry(tx: Tx, actor: Actor, eventId: string) {
  return tx.eventWaitlistEntry.findFirst({
    where: { eventId, userId: actor.id, status: { in: ['WAITING', 'OFFERED'] } },
    select: { id: true, status: true, offerExpiresAt: true },
  });
}

/** Leaves the queue; leaving with an open offer declines it (the seat goes to the next person). */
export async function leaveWaitlist(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const entry = await myOpenEntry(tx, actor, eventId);
    if (!entry) return fail('NOT_WAITLISTED', 'notWaitlisted');
    if (entry.status === 'OFFERED') return closeOffer(tx, entry.id, eventId, 'DECLINED', now);
    const { count } = await tx.eventWaitlistEntry.updateMany({ where: { id: entry.id, status: { in: waitlistSourcesOf('LEFT') } }, data: { status: 'LEFT', closedAt: now } });
    if (!count) return fail('STATE_CHANGED', 'waitlistStateChanged');
    return ok();
  }, SEAT_TRANSACTION);
}

/** Declines an open offer: the held seat goes to the next person waiting at once. */
export async function declineOffer(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const entry = await myOpenEntry(tx, actor, eventId);
    if (!entry || entry.status !== 'OFFERED') return fail('NOT_WAITLISTED', 'noOpenOffer');
    return closeOffer(tx, entry.id, eventId, 'DECLINED', now);
  }, SEAT_TRANSACTION);
}

async function closeOffer(tx: Tx, entryId: string, eventId: string, to: 'DECLINED' | 'EXPIRED', now: Date): Promise<ActionResult> {
  const { count } = await tx.eventWaitlistEntry.updateMany({
    where: { id: entryId, status: { in: waitlistSourcesOf(to) }, ...(to === 'EXPIRED' ? { offerExpiresAt: { lte: now } } : {}) },
    data: { status: to, closedAt: now },
  });
  if (!count) return fail('STATE_CHANGED', 'waitlistStateChanged');
  await releaseSeat(tx, eventId, now);
  return ok();
}

/** Takes the held seat before the offer runs out: the registration is written, the counter stays. */
export async function acceptOffer(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'event:register');
  return inTransaction(async (tx) => {
    const entry = await myOpenEntry(tx, actor, eventId);
    if (!entry || entry.status !== 'OFFERED') return fail('NOT_WAITLISTED', 'noOpenOffer');
    const { count } = await tx.eventWaitlistEntry.updateMany({
      where: { id: entry.id, status: { in: waitlistSourcesOf('ACCEPTED') }, offerExpiresAt: { gt: now } },
      data: { status: 'ACCEPTED', closedAt: now },
    });
    if (!count) return fail('OFFER_EXPIRED', 'offerExpired');
    const id = createId();
    try {
      await tx.eventRegistration.create({ data: { id, eventId, userId: actor.id, status: 'REGISTERED' } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new Rollback(fail('ALREADY_REGISTERED', 'alreadyRegistered'));
      throw error;
    }
    return ok({ id });
  }, SEAT_TRANSACTION);
}

/**
 * The job: every offer past its time passes to the next person waiting. Each offer in its own
 * transaction with a conditional update, so two app instances running this at once expire each
 * offer once (the loser's update counts 0 and it moves on).
 */
export async function expireWaitlistOffers(now = new Date(), batch = 200): Promise<number> {
  const due = await db.eventWaitlistEntry.findMany({
    where: { status: 'OFFERED', offerExpiresAt: { lte: now } },
    orderBy: [{ offerExpiresAt: 'asc' }, { id: 'asc' }],
    take: batch,
    select: { id: true, eventId: true, userId: true, offerExpiresAt: true, event: { select: { id: true, title: true, space: { select: { timeZone: true } } } } },
  });
  let expired = 0;
  for (const entry of due) {
    const result = await inTransaction(async (tx) => {
      const closed = await closeOffer(tx, entry.id, entry.eventId, 'EXPIRED', now);
      if (closed.ok) await notifyWaitlistOfferExpired(tx, entry.event, entry);
      return closed;
    }, SEAT_TRANSACTION);
    if (result.ok) expired++;
  }
  return expired;
}
