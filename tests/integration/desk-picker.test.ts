import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createBooking, cancelBooking } from '@/lib/bookings/service';
import { confirmDesk, proposeDesk } from '@/lib/bookings/desk-picker-service';
import { listMyBookings, listResources } from '@/lib/bookings/queries';
import { deskPickSchema } from '@/lib/bookings/schemas';
import { zonedInstant } from '@/lib/bookings/time';
import { createResource, createSpace, createUser } from '../factories';

const NOW = new Date('2030-01-07T00:00:00Z');
const DAY = '2030-01-08';
const at = (hhmm: string) => zonedInstant(DAY, hhmm, 'Asia/Shanghai');
const desk = (spaceId: string, name: string, extra: Parameters<typeof createResource>[0] = {}) =>
  createResource({ spaceId, kind: 'HOT_DESK', name, zone: 'A区', slotMinutes: 60, minMinutes: 60, maxMinutes: 720, ...extra });

describe('pick a desk for me', () => {
  it('proposes the desk free for the whole range with the fewest bookings that day, ties by name', async () => {
    const space = await createSpace();
    const [d1, d2, d3] = [await desk(space.id, '工位 01'), await desk(space.id, '工位 02'), await desk(space.id, '工位 03')];
    const other = await createUser();
    // 01 is taken inside the range; 02 has two bookings that day outside it; 03 has one.
    await createBooking(other, { resourceId: d1.id, startsAt: at('14:00'), durationMinutes: 60 }, NOW);
    await createBooking(other, { resourceId: d2.id, startsAt: at('08:00'), durationMinutes: 60 }, NOW);
    await createBooking(other, { resourceId: d2.id, startsAt: at('18:00'), durationMinutes: 60 }, NOW);
    await createBooking(other, { resourceId: d3.id, startsAt: at('19:00'), durationMinutes: 60 }, NOW);
    const me = await createUser();

    const proposal = await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', end: '17:00' }, { now: NOW });
    expect(proposal).toMatchObject({ ok: true, data: { resourceId: d3.id, startsAt: at('13:00'), endsAt: at('17:00'), durationMinutes: 240 } });

    // A duration in hours means the same range; the answer does not change when asked again.
    const byHours = await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 4 }, { now: NOW });
    expect(byHours.ok && byHours.data.resourceId).toBe(d3.id);
    // Once 03 is busier than 02, 02 is proposed; equal load goes to the first name.
    await createBooking(other, { resourceId: d3.id, startsAt: at('09:00'), durationMinutes: 60 }, NOW);
    await createBooking(other, { resourceId: d3.id, startsAt: at('20:00'), durationMinutes: 60 }, NOW);
    const busier = await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 4 }, { now: NOW });
    expect(busier.ok && busier.data.resourceId).toBe(d2.id);
    // Turning 02 down proposes the next one; none left is a clear refusal.
    const another = await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 4 }, { now: NOW, exclude: [d2.id] });
    expect(another.ok && another.data.resourceId).toBe(d3.id);
    expect(await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 4 }, { now: NOW, exclude: [d2.id, d3.id] })).toMatchObject({ ok: false, code: 'NO_DESK_FREE' });
  });

  it('skips desks under maintenance, in another zone or behind a certification the member lacks', async () => {
    const space = await createSpace();
    const cert = await db.certification.create({ data: { name: `安全培训 ${Date.now()}-${Math.random()}` } });
    const locked = await desk(space.id, '工位 01', { requiredCertificationId: cert.id });
    const repaired = await desk(space.id, '工位 02');
    const elsewhere = await desk(space.id, '工位 03', { zone: 'B区' });
    const open = await desk(space.id, '工位 04');
    await db.maintenanceBlock.create({ data: { resourceId: repaired.id, startsAt: at('12:00'), endsAt: at('14:00'), reason: '维修' } });
    const me = await createUser();
    const inA = await proposeDesk(me, { spaceId: space.id, zone: 'A区', date: DAY, start: '13:00', hours: 2 }, { now: NOW });
    expect(inA.ok && inA.data.resourceId).toBe(open.id);
    const inB = await proposeDesk(me, { spaceId: space.id, zone: 'B区', date: DAY, start: '13:00', hours: 2 }, { now: NOW });
    expect(inB.ok && inB.data.resourceId).toBe(elsewhere.id);
    await db.userCertification.create({ data: { userId: me.id, certificationId: cert.id } });
    const certified = await proposeDesk(me, { spaceId: space.id, zone: 'A区', date: DAY, start: '13:00', hours: 2 }, { now: NOW });
    expect(certified.ok && certified.data.resourceId).toBe(locked.id);
  });

  it('says why when no desk can take the range at all, and refuses a range without an end', async () => {
    const space = await createSpace();
    await desk(space.id, '工位 01');
    const me = await createUser();
    expect(await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '20:00', hours: 4 }, { now: NOW })).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' });
    expect(await proposeDesk(me, { spaceId: space.id, zone: '', date: '2030-01-06', start: '10:00', hours: 2 }, { now: NOW })).toMatchObject({ ok: false, code: 'IN_PAST' });
    const parsed = deskPickSchema.safeParse({ spaceId: space.id, date: DAY, start: '13:00' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual(['deskRangeRequired']);
    expect(deskPickSchema.safeParse({ spaceId: space.id, date: DAY, start: '13:00', end: '12:00' }).success).toBe(false);
    expect(await proposeDesk(me, { spaceId: 'no-such-space', zone: '', date: DAY, start: '13:00', hours: 2 }, { now: NOW })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('books the confirmed proposal through the booking service', async () => {
    const space = await createSpace();
    const d = await desk(space.id, '工位 01');
    const me = await createUser();
    const p = await proposeDesk(me, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 2 }, { now: NOW });
    if (!p.ok) throw new Error(p.code);
    const done = await confirmDesk(me, { spaceId: space.id, zone: '', resourceId: p.data.resourceId, startsAt: p.data.startsAt, durationMinutes: p.data.durationMinutes }, NOW);
    expect(done).toMatchObject({ ok: true, data: { booked: true, resourceName: '工位 01', booking: { status: 'CONFIRMED', startsAt: at('13:00'), endsAt: at('15:00') } } });
    expect(await db.booking.count({ where: { resourceId: d.id, userId: me.id } })).toBe(1);
    // A desk of another space, or not a desk, is not found.
    const room = await createResource({ spaceId: space.id });
    expect(await confirmDesk(me, { spaceId: space.id, zone: '', resourceId: room.id, startsAt: at('16:00'), durationMinutes: 60 }, NOW)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('gives one of two members confirming the same proposal at once the desk, and the other a new proposal', async () => {
    const space = await createSpace();
    const d1 = await desk(space.id, '工位 01');
    const d2 = await desk(space.id, '工位 02');
    const [a, b] = [await createUser(), await createUser()];
    const proposals = await Promise.all([a, b].map((m) => proposeDesk(m, { spaceId: space.id, zone: '', date: DAY, start: '13:00', hours: 3 }, { now: NOW })));
    expect(proposals.map((p) => p.ok && p.data.resourceId)).toEqual([d1.id, d1.id]);
    const results = await Promise.all([a, b].map((m) => confirmDesk(m, { spaceId: space.id, zone: '', resourceId: d1.id, startsAt: at('13:00'), durationMinutes: 180 }, NOW)));
    const booked = results.filter((r) => r.ok && r.data.booked);
    const reproposed = results.filter((r) => r.ok && !r.data.booked);
    expect(booked).toHaveLength(1);
    expect(reproposed).toHaveLength(1);
    const next = reproposed[0];
    expect(next.ok && !next.data.booked && next.data.proposal).toMatchObject({ resourceId: d2.id, startsAt: at('13:00'), endsAt: at('16:00') });
    expect(await db.booking.count({ where: { resourceId: d1.id } })).toBe(1);
    expect(await db.booking.count({ where: { resourceId: d2.id } })).toBe(0);
  });

  it('books the last desk for exactly one of ten members confirming at once; the others are refused clearly', async () => {
    const space = await createSpace();
    const only = await desk(space.id, '工位 01');
    const members = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const results = await Promise.all(members.map((m) => confirmDesk(m, { spaceId: space.id, zone: '', resourceId: only.id, startsAt: at('10:00'), durationMinutes: 120 }, NOW)));
    expect(results.filter((r) => r.ok && r.data.booked)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && [r.code, r.message])).toEqual(Array(9).fill(['NO_DESK_FREE', 'deskTakenNoOther']));
    expect(await db.booking.count({ where: { resourceId: only.id } })).toBe(1);
  });
});

describe('desks free for a whole range, and cancelled bookings', () => {
  it('lists only the desks free from start to end of the range', async () => {
    const space = await createSpace();
    const free = await desk(space.id, '工位 01', { zone: `Z-${space.id}` });
    const partly = await desk(space.id, '工位 02', { zone: `Z-${space.id}` });
    const other = await createUser();
    await createBooking(other, { resourceId: partly.id, startsAt: at('16:00'), durationMinutes: 60 }, NOW);
    const list = await listResources({ zone: `Z-${space.id}`, freeDate: DAY, freeFrom: '13:00', freeTo: '17:00' });
    expect(list.map((r) => r.id)).toEqual([free.id]);
    const before = await listResources({ zone: `Z-${space.id}`, freeDate: DAY, freeFrom: '13:00', freeTo: '16:00' });
    expect(before.map((r) => r.id).sort()).toEqual([free.id, partly.id].sort());
    // Past closing (22:00) nothing is free for the whole range.
    expect(await listResources({ zone: `Z-${space.id}`, freeDate: DAY, freeFrom: '20:00', freeTo: '23:00' })).toEqual([]);
  });

  it('cancels without a reason, and the cancelled booking leaves "upcoming" for "past"', async () => {
    const d = await desk((await createSpace()).id, '工位 01');
    const me = await createUser();
    const made = await createBooking(me, { resourceId: d.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW);
    if (!made.ok) throw new Error(made.code);
    expect(await cancelBooking(me, { bookingId: made.data.id, reason: '' }, NOW)).toMatchObject({ ok: true });
    expect((await db.booking.findUniqueOrThrow({ where: { id: made.data.id } })).cancelReason).toBeNull();
    const upcoming = await listMyBookings(me, { scope: 'upcoming', limit: 20 }, NOW);
    const past = await listMyBookings(me, { scope: 'past', limit: 20 }, NOW);
    expect(upcoming.items.map((b) => b.id)).toEqual([]);
    expect(past.items.map((b) => [b.id, b.status])).toEqual([[made.data.id, 'CANCELLED']]);
  });
});
