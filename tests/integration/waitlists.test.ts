import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/service';
import { POST as registerRoute } from '@/app/api/v1/events/[id]/registrations/route';
import { db } from '@/lib/db';
import { cancelRegistration, registerForEvent, updateEvent } from '@/lib/events/service';
import { acceptOffer, declineOffer, expireWaitlistOffers, joinWaitlist, leaveWaitlist } from '@/lib/events/waitlist-service';
import { createEvent, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

const HOUR = 3_600_000;

async function fullEvent(capacity: number, startsAt = new Date(Date.now() + 7 * 24 * HOUR)) {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const event = await createEvent(operator, { capacity, startsAt });
  const registrants = await Promise.all(Array.from({ length: capacity }, () => createUser()));
  for (const r of registrants) must(await registerForEvent(r, event.id));
  return { operator, event, registrants };
}

/** Joins one after another and pins the queue order one second apart, so ties cannot reorder it. */
async function queue(eventId: string, n: number) {
  const waiters = [];
  const base = Date.now() - 3600_000;
  for (let i = 0; i < n; i++) {
    const w = await createUser();
    const joined = must(await joinWaitlist(w, eventId));
    expect(joined).toMatchObject({ status: 'WAITLISTED', position: i + 1 });
    await db.eventWaitlistEntry.update({ where: { id: joined.id }, data: { createdAt: new Date(base + i * 1000) } });
    waiters.push(w);
  }
  return waiters;
}

const entriesOf = (eventId: string) =>
  db.eventWaitlistEntry.findMany({ where: { eventId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { userId: true, status: true, offerExpiresAt: true } });
const seatsTaken = async (eventId: string) => (await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { seatsTaken: true } })).seatsTaken;

describe('waitlists', () => {
  it('queues a member on a full event with their position, once, and only when it is full', async () => {
    const { event, registrants } = await fullEvent(1);
    const [a, b] = [await createUser(), await createUser()];
    expect(await registerForEvent(a, event.id)).toMatchObject({ ok: false, code: 'EVENT_FULL' });
    expect(must(await joinWaitlist(a, event.id))).toMatchObject({ status: 'WAITLISTED', position: 1 });
    expect(must(await joinWaitlist(b, event.id))).toMatchObject({ status: 'WAITLISTED', position: 2 });
    expect(await joinWaitlist(a, event.id)).toMatchObject({ ok: false, code: 'ALREADY_WAITLISTED' });
    expect(await joinWaitlist(registrants[0], event.id)).toMatchObject({ ok: false, code: 'ALREADY_REGISTERED' });
    must(await leaveWaitlist(a, event.id));
    expect(await leaveWaitlist(a, event.id)).toMatchObject({ ok: false, code: 'NOT_WAITLISTED' });
    const open = await createEvent((await createUser({ roles: ['OPERATOR'] })), { capacity: 5 });
    expect(must(await joinWaitlist(a, open.id))).toMatchObject({ status: 'REGISTERED', position: null });
  });

  it('offers the seats freed by 20 parallel cancellations to the first 20 in the queue, one each, never more registrations than seats', async () => {
    const { event, registrants } = await fullEvent(20);
    const waiters = await queue(event.id, 25);
    const newcomers = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const results = await Promise.all([
      ...registrants.map((r) => cancelRegistration(r, event.id)),
      ...newcomers.map((n) => registerForEvent(n, event.id)),
    ]);
    expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
    // Nobody outside the queue got a freed seat: each was held for the person waiting.
    expect(results.slice(20).map((r) => (r.ok ? 'ok' : r.code))).toEqual(Array(10).fill('EVENT_FULL'));
    const entries = await entriesOf(event.id);
    expect(entries.map((e) => e.status)).toEqual([...Array(20).fill('OFFERED'), ...Array(5).fill('WAITING')]);
    expect(entries.slice(0, 20).map((e) => e.userId)).toEqual(waiters.slice(0, 20).map((w) => w.id));
    expect(await seatsTaken(event.id)).toBe(20);
    const offeredNotes = await db.notification.findMany({ where: { kind: 'waitlistOffered', userId: { in: waiters.map((w) => w.id) } }, select: { userId: true } });
    expect(offeredNotes.map((n) => n.userId).sort()).toEqual(waiters.slice(0, 20).map((w) => w.id).sort());
    // All 20 take their seats at once: still 20 seats, 20 registrations.
    const accepted = await Promise.all(waiters.slice(0, 20).map((w) => acceptOffer(w, event.id)));
    expect(accepted.every((r) => r.ok)).toBe(true);
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: 'REGISTERED' } })).toBe(20);
    expect(await seatsTaken(event.id)).toBe(20);
  });

  it('passes an expired offer to the next person waiting, once even with two job runners, and tells the first', async () => {
    const { event, registrants } = await fullEvent(1);
    const [b, c] = await queue(event.id, 2);
    must(await cancelRegistration(registrants[0], event.id));
    const [offer] = await entriesOf(event.id);
    expect(offer).toMatchObject({ userId: b.id, status: 'OFFERED' });
    const later = new Date(offer.offerExpiresAt!.getTime() + 60_000);
    // Past its time the seat cannot be taken any more, even before the job has run.
    expect(await acceptOffer(b, event.id, later)).toMatchObject({ ok: false, code: 'OFFER_EXPIRED' });
    // Other tests' offers may expire in the same runs: count this event's outcome, not the totals.
    await Promise.all([expireWaitlistOffers(later), expireWaitlistOffers(later)]);
    expect((await entriesOf(event.id)).map((e) => [e.userId, e.status])).toEqual([
      [b.id, 'EXPIRED'],
      [c.id, 'OFFERED'],
    ]);
    expect(await seatsTaken(event.id)).toBe(1);
    expect(await db.notification.count({ where: { userId: b.id, kind: 'waitlistOfferExpired' } })).toBe(1);
    expect(await db.notification.count({ where: { userId: c.id, kind: 'waitlistOffered' } })).toBe(1);
    must(await acceptOffer(c, event.id, later));
    expect(await acceptOffer(b, event.id, later)).toMatchObject({ ok: false, code: 'NOT_WAITLISTED' });
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: 'REGISTERED' } })).toBe(1);
  });

  it('holds an offer at most until the event starts, and frees the seat when a declined offer finds nobody waiting', async () => {
    const startsAt = new Date(Date.now() + 3 * HOUR);
    const { event, registrants } = await fullEvent(1, startsAt);
    const [b] = await queue(event.id, 1);
    must(await cancelRegistration(registrants[0], event.id));
    const [offer] = await entriesOf(event.id);
    expect(offer.offerExpiresAt?.getTime()).toBe(startsAt.getTime());
    must(await declineOffer(b, event.id));
    expect(await seatsTaken(event.id)).toBe(0);
    must(await registerForEvent(await createUser(), event.id));
  });

  it('offers a raised capacity to the people waiting first', async () => {
    const { operator, event } = await fullEvent(1);
    const [b] = await queue(event.id, 1);
    const e = await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { space: true } });
    const local = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 16);
    must(await updateEvent(operator, { eventId: e.id, spaceId: e.spaceId!, title: e.title, summary: '', description: '', kind: e.kind, format: e.format, location: '', startsAt: local(e.startsAt), endsAt: local(e.endsAt), capacity: 2, certificationId: '', publish: false } as never));
    expect((await entriesOf(event.id))[0]).toMatchObject({ userId: b.id, status: 'OFFERED' });
    expect(await registerForEvent(await createUser(), event.id)).toMatchObject({ ok: false, code: 'EVENT_FULL' });
  });

  it('answers the API with 201 WAITLISTED and the position when the body asks for the waitlist, 409 EVENT_FULL otherwise', async () => {
    const { event } = await fullEvent(1);
    const member = await createUser();
    const created = await createApiToken(member, { name: 'test' });
    if (!created.ok) throw new Error(created.code);
    const post = (body?: string) =>
      registerRoute(
        new NextRequest(`http://localhost/api/v1/events/${event.id}/registrations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${created.data.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body } : {}),
        }),
        { params: Promise.resolve({ id: event.id }) },
      );
    const full = await post();
    expect(full.status).toBe(409);
    expect((await full.json()).error.code).toBe('EVENT_FULL');
    expect((await post('{"waitlist":"yes"}')).status).toBe(400);
    const joined = await post('{"waitlist":true}');
    expect(joined.status).toBe(201);
    expect((await joined.json()).registration).toMatchObject({ eventId: event.id, status: 'WAITLISTED', position: 1 });
    const again = await post('{"waitlist":true}');
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('ALREADY_WAITLISTED');
  });
});
