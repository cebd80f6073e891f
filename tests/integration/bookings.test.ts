import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelBooking, checkIn, createBooking, decideBooking, markNoShow, bookAnyHotDesk, addMaintenance, grantCertification } from '@/lib/bookings/service';
import { getAvailability, getWeekCalendar, listMaintenance } from '@/lib/bookings/queries';
import { openingWindow, zonedInstant } from '@/lib/bookings/time';
import { createResource, createSpace, createUser } from '../factories';

// Monday 2030-01-07 08:00 in Shanghai.
const NOW = new Date('2030-01-07T00:00:00Z');
/** A local Shanghai time on 2030-01-08 (Tuesday) as an instant. */
const at = (hhmm: string, day = '2030-01-08') => zonedInstant(day, hhmm, 'Asia/Shanghai');

async function book(actor: { id: string; roles: readonly never[] | readonly string[] }, resourceId: string, start: Date, minutes = 60, now = NOW) {
  return createBooking(actor as never, { resourceId, startsAt: start, durationMinutes: minutes }, now);
}

describe('booking rules', () => {
  it('accepts a booking that keeps every rule and confirms it', async () => {
    const [member, room] = await Promise.all([createUser(), createResource()]);
    const r = await book(member, room.id, at('10:00'));
    expect(r).toMatchObject({ ok: true, data: { status: 'CONFIRMED' } });
  });

  it.each([
    ['outside opening hours', '07:30', 60, 'OUTSIDE_OPENING_HOURS'],
    ['running past closing time', '21:30', 60, 'OUTSIDE_OPENING_HOURS'],
    ['not aligned to the slot length', '10:15', 60, 'NOT_ALIGNED'],
    ['a duration that is not a multiple of the slot', '10:00', 45, 'NOT_ALIGNED'],
    ['longer than the maximum', '10:00', 300, 'TOO_LONG'],
  ])('refuses a booking %s', async (_label, hhmm, minutes, code) => {
    const [member, room] = await Promise.all([createUser(), createResource()]);
    expect(await book(member, room.id, at(hhmm), minutes)).toMatchObject({ ok: false, code });
  });

  it('refuses a booking shorter than the minimum', async () => {
    const [member, room] = await Promise.all([createUser(), createResource({ minMinutes: 60 })]);
    expect(await book(member, room.id, at('10:00'), 30)).toMatchObject({ ok: false, code: 'TOO_SHORT', message: 'bookingTooShort:60' });
  });

  it('refuses a booking in the past', async () => {
    const [member, room] = await Promise.all([createUser(), createResource()]);
    expect(await book(member, room.id, at('10:00'), 60, new Date(at('11:00')))).toMatchObject({ ok: false, code: 'IN_PAST' });
  });

  it('refuses a booking with less than the minimum notice', async () => {
    const [member, room] = await Promise.all([createUser(), createResource({ noticeMinutes: 120 })]);
    expect(await book(member, room.id, at('10:00'), 60, at('09:00'))).toMatchObject({ ok: false, code: 'TOO_LITTLE_NOTICE' });
    expect((await book(member, room.id, at('11:00'), 60, at('09:00'))).ok).toBe(true);
  });

  it('refuses a booking beyond the horizon', async () => {
    const [member, room] = await Promise.all([createUser(), createResource({ horizonDays: 7 })]);
    expect(await book(member, room.id, at('10:00', '2030-01-20'))).toMatchObject({ ok: false, code: 'BEYOND_HORIZON' });
  });

  it('refuses a booking on a closure day', async () => {
    const space = await createSpace();
    await db.spaceClosure.create({ data: { spaceId: space.id, startDate: new Date('2030-01-08'), endDate: new Date('2030-01-09'), reason: '元旦调休' } });
    const [member, room] = await Promise.all([createUser(), createResource({ spaceId: space.id })]);
    expect(await book(member, room.id, at('10:00'))).toMatchObject({ ok: false, code: 'SPACE_CLOSED' });
    expect((await book(member, room.id, at('10:00', '2030-01-10'))).ok).toBe(true);
  });

  it('refuses a booking on a weekday the space is closed', async () => {
    const hours = Array(7).fill({ open: '09:00', close: '18:00' });
    hours[1] = null; // Tuesdays
    const space = await createSpace({ openingHours: hours });
    const [member, room] = await Promise.all([createUser(), createResource({ spaceId: space.id })]);
    expect(await book(member, room.id, at('10:00'))).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' });
  });

  it('refuses an inactive resource', async () => {
    const [member, room] = await Promise.all([createUser(), createResource({ active: false })]);
    expect(await book(member, room.id, at('10:00'))).toMatchObject({ ok: false, code: 'RESOURCE_INACTIVE' });
  });

  it('refuses an overlap and honours the buffer after a booking', async () => {
    const [a, b, room] = await Promise.all([createUser(), createUser(), createResource({ bufferMinutes: 30 })]);
    expect((await book(a, room.id, at('10:00'))).ok).toBe(true);
    expect(await book(b, room.id, at('10:30'))).toMatchObject({ ok: false, code: 'SLOT_TAKEN', message: 'slotTaken' });
    // 11:00-11:30 is the buffer of the first booking.
    expect(await book(b, room.id, at('11:00'))).toMatchObject({ ok: false, code: 'SLOT_TAKEN' });
    expect((await book(b, room.id, at('11:30'))).ok).toBe(true);
  });

  it('never offers a slot whose buffer would run into the next booking (calendar and API agree with the rule)', async () => {
    const [a, b, room] = await Promise.all([createUser(), createUser(), createResource({ bufferMinutes: 30 })]);
    expect((await book(a, room.id, at('10:00'))).ok).toBe(true);
    const week = await getWeekCalendar(b, room.id, '2030-01-07', NOW);
    const slot = (hhmm: string) => week?.days.find((d) => d.dateKey === '2030-01-08')?.slots.find((x) => x.startsAt === at(hhmm).toISOString())?.state;
    expect([slot('09:00'), slot('09:30'), slot('10:00'), slot('11:00'), slot('11:30')]).toEqual(['free', 'closed', 'busy', 'busy', 'free']);
    expect(await book(b, room.id, at('09:30'), 30)).toMatchObject({ ok: false, code: 'SLOT_TAKEN' });
    expect((await book(b, room.id, at('09:00'), 30)).ok).toBe(true);

    const free = await getAvailability(room.id, at('00:00'), at('23:59'), NOW);
    // 09:00-09:30 is b's now (held until 10:00 with its buffer); free again from 11:30.
    expect(free?.free.map((f) => [f.startsAtLocal.slice(11, 16), f.endsAtLocal.slice(11, 16)])).toEqual([
      ['08:00', '08:30'],
      ['11:30', '22:00'],
    ]);
  });

  it('refuses a certified resource to a member without the certification, naming it', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const cert = await db.certification.create({ data: { name: `激光切割安全培训 ${Math.random().toString(36).slice(2, 6)}` } });
    const [member, cutter] = await Promise.all([createUser(), createResource({ kind: 'EQUIPMENT', requiredCertificationId: cert.id })]);
    expect(await book(member, cutter.id, at('10:00'))).toMatchObject({ ok: false, code: 'CERTIFICATION_REQUIRED', message: `certificationRequired:${cert.name}` });
    const email = (await db.user.findUniqueOrThrow({ where: { id: member.id } })).email;
    expect((await grantCertification(operator, { certificationId: cert.id, email })).ok).toBe(true);
    expect((await book(member, cutter.id, at('10:00'))).ok).toBe(true);
  });

  it('enforces the weekly quota per member', async () => {
    const [member, other, room] = await Promise.all([createUser(), createUser(), createResource({ weeklyQuotaHours: 3 })]);
    expect((await book(member, room.id, at('10:00'), 120)).ok).toBe(true);
    expect(await book(member, room.id, at('14:00'), 120)).toMatchObject({ ok: false, code: 'QUOTA_EXCEEDED', message: 'weeklyQuotaExceeded:3' });
    expect((await book(member, room.id, at('14:00'), 60)).ok).toBe(true);
    // The next ISO week (local Monday 2030-01-14) starts a new quota; another member has their own.
    expect((await book(member, room.id, at('10:00', '2030-01-14'), 120)).ok).toBe(true);
    expect((await book(other, room.id, at('16:00'), 180)).ok).toBe(true);
  });

  it('refuses a booking overlapping a maintenance block and lists bookings caught by a new block', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const booked = await book(member, room.id, at('15:00'));
    expect(booked.ok).toBe(true);
    expect((await addMaintenance(operator, { resourceId: room.id, startsAtLocal: '2030-01-08T14:00', endsAtLocal: '2030-01-08T17:00', reason: '更换投影仪' })).ok).toBe(true);
    expect(await book(member, room.id, at('16:00'))).toMatchObject({ ok: false, code: 'UNDER_MAINTENANCE' });
    const blocks = await listMaintenance(operator, NOW);
    const block = blocks.find((b) => b.resourceId === room.id)!;
    expect(block.startsAt).toEqual(at('14:00'));
    expect(block.affected.map((b) => b.id)).toEqual([booked.ok && booked.data.id]);
    // The operator cancels it with a message; the change is audited.
    const id = booked.ok ? booked.data.id : '';
    expect(await cancelBooking(operator, { bookingId: id, reason: '设备维护，请改约' }, NOW)).toMatchObject({ ok: true, data: { status: 'CANCELLED' } });
    expect(await db.auditLog.count({ where: { entityId: id, action: 'booking.cancel', actorId: operator.id } })).toBe(1);
  });
});

describe('time zones', () => {
  it('maps opening hours to the right UTC instants across the March DST change in Europe/Berlin', async () => {
    const space = await createSpace({ timeZone: 'Europe/Berlin', openingHours: Array(7).fill({ open: '09:00', close: '18:00' }) });
    const s = { timeZone: 'Europe/Berlin', openingHours: space.openingHours as never, closures: [] };
    // Saturday 27 March 2027 is still CET (+01:00); Sunday 28 March is CEST (+02:00).
    expect(openingWindow(s, '2027-03-27')).toEqual({ start: new Date('2027-03-27T08:00:00Z'), end: new Date('2027-03-27T17:00:00Z') });
    expect(openingWindow(s, '2027-03-28')).toEqual({ start: new Date('2027-03-28T07:00:00Z'), end: new Date('2027-03-28T16:00:00Z') });

    const [member, room] = await Promise.all([createUser(), createResource({ spaceId: space.id, horizonDays: 60 })]);
    const now = new Date('2027-03-20T12:00:00Z');
    // 08:00Z is 10:00 local after the change: fine. 07:30Z is 09:30 local: fine. 16:00Z is 18:00 local: closed.
    expect((await createBooking(member, { resourceId: room.id, startsAt: new Date('2027-03-28T07:00:00Z'), durationMinutes: 60 }, now)).ok).toBe(true);
    expect(await createBooking(member, { resourceId: room.id, startsAt: new Date('2027-03-28T06:30:00Z'), durationMinutes: 30 }, now)).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' });
    expect(await createBooking(member, { resourceId: room.id, startsAt: new Date('2027-03-28T16:00:00Z'), durationMinutes: 30 }, now)).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' });
    // The day before, 08:00Z is 09:00 local: the first slot.
    expect((await createBooking(member, { resourceId: room.id, startsAt: new Date('2027-03-27T08:00:00Z'), durationMinutes: 30 }, now)).ok).toBe(true);

    const free = await getAvailability(room.id, new Date('2027-03-28T00:00:00Z'), new Date('2027-03-29T00:00:00Z'), now);
    expect(free?.free).toEqual([
      { startsAt: '2027-03-28T08:00:00.000Z', endsAt: '2027-03-28T16:00:00.000Z', startsAtLocal: '2027-03-28T10:00:00.000+02:00', endsAtLocal: '2027-03-28T18:00:00.000+02:00' },
    ]);
  });
});

describe('approval', () => {
  it('holds the slot while pending, then confirms on approval or frees it on rejection', async () => {
    const [operator, member, other, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createUser(), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const first = await book(member, printer.id, at('10:00'));
    expect(first).toMatchObject({ ok: true, data: { status: 'PENDING' } });
    expect(await book(other, printer.id, at('10:00'))).toMatchObject({ ok: false, code: 'SLOT_TAKEN' });
    const id = first.ok ? first.data.id : '';
    expect(await decideBooking(operator, { bookingId: id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: true, data: { status: 'CONFIRMED' } });
    expect(await decideBooking(operator, { bookingId: id, decision: 'REJECT', reason: 'x' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await db.auditLog.count({ where: { entityId: id, action: 'booking.approve' } })).toBe(1);

    const second = await book(other, printer.id, at('14:00'));
    const id2 = second.ok ? second.data.id : '';
    expect(await decideBooking(operator, { bookingId: id2, decision: 'REJECT', reason: '当天设备保养' })).toMatchObject({ ok: true, data: { status: 'REJECTED' } });
    expect((await db.booking.findUniqueOrThrow({ where: { id: id2 } })).decisionReason).toBe('当天设备保养');
    expect((await book(member, printer.id, at('14:00'))).ok).toBe(true);
  });

  it('re-checks on approval: a maintenance block added meanwhile refuses it', async () => {
    const [operator, member, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const pending = await book(member, printer.id, at('10:00'));
    const id = pending.ok ? pending.data.id : '';
    await addMaintenance(operator, { resourceId: printer.id, startsAtLocal: '2030-01-08T09:00', endsAtLocal: '2030-01-08T12:00', reason: '喷头更换' });
    expect(await decideBooking(operator, { bookingId: id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'UNDER_MAINTENANCE' });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });

  it('re-checks the overlap in the database when a pending booking is confirmed', async () => {
    const [operator, a, b, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createUser(), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const first = await book(a, printer.id, at('10:00'));
    const id = first.ok ? first.data.id : '';
    expect((await decideBooking(operator, { bookingId: id, decision: 'REJECT', reason: '已满' })).ok).toBe(true);
    expect((await book(b, printer.id, at('10:00'))).ok).toBe(true);
    // Reviving the rejected row onto the now taken slot is refused by the trigger.
    await expect(db.booking.update({ where: { id }, data: { status: 'CONFIRMED' } })).rejects.toThrow();
    const row = await db.booking.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('REJECTED');
  });
});

describe('check-in and no-show', () => {
  it('lets the member check in from 15 minutes before the start, and an operator mark a no-show after 15 minutes', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const a = await book(member, room.id, at('10:00'));
    const b = await book(member, room.id, at('12:00'));
    const idA = a.ok ? a.data.id : '';
    const idB = b.ok ? b.data.id : '';
    expect(await checkIn(member, { bookingId: idA }, at('09:30'))).toMatchObject({ ok: false, code: 'CHECK_IN_CLOSED' });
    expect(await checkIn(member, { bookingId: idA }, at('09:50'))).toMatchObject({ ok: true, data: { status: 'CHECKED_IN' } });
    expect(await markNoShow(operator, { bookingId: idB }, at('12:10'))).toMatchObject({ ok: false });
    expect(await markNoShow(operator, { bookingId: idB }, at('12:20'))).toMatchObject({ ok: true, data: { status: 'NO_SHOW' } });
    expect(await db.auditLog.count({ where: { entityId: idB, action: 'booking.noShow' } })).toBe(1);
  });

  it('lets a member cancel only before the start', async () => {
    const [member, room] = await Promise.all([createUser(), createResource()]);
    const a = await book(member, room.id, at('10:00'));
    const id = a.ok ? a.data.id : '';
    expect(await cancelBooking(member, { bookingId: id, reason: '临时有事' }, at('10:05'))).toMatchObject({ ok: false });
    expect(await cancelBooking(member, { bookingId: id, reason: '临时有事' }, at('09:00'))).toMatchObject({ ok: true, data: { status: 'CANCELLED' } });
    expect(await cancelBooking(member, { bookingId: id, reason: '临时有事' }, at('09:00'))).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });
});

describe('any free hot desk', () => {
  it('picks a free desk in the zone for the rest of today', async () => {
    const space = await createSpace();
    const [d1, d2] = await Promise.all([
      createResource({ spaceId: space.id, kind: 'HOT_DESK', name: 'A01', zone: 'A 区', slotMinutes: 60, minMinutes: 60, maxMinutes: 720 }),
      createResource({ spaceId: space.id, kind: 'HOT_DESK', name: 'A02', zone: 'A 区', slotMinutes: 60, minMinutes: 60, maxMinutes: 720 }),
    ]);
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    const now = at('09:20');
    const first = await bookAnyHotDesk(a, { spaceId: space.id, zone: 'A 区' }, now);
    expect(first).toMatchObject({ ok: true, data: { resourceName: 'A01', startsAt: at('10:00'), endsAt: at('22:00') } });
    expect(await bookAnyHotDesk(b, { spaceId: space.id, zone: 'A 区' }, now)).toMatchObject({ ok: true, data: { resourceName: 'A02' } });
    expect(await bookAnyHotDesk(c, { spaceId: space.id, zone: 'A 区' }, now)).toMatchObject({ ok: false, code: 'NO_DESK_FREE' });
    expect([d1.id, d2.id]).toHaveLength(2);
  });
});

describe('the database refuses overlaps itself', () => {
  it('fails a direct SQL insert that overlaps an active booking, buffers included', async () => {
    const [member, room] = await Promise.all([createUser(), createResource({ bufferMinutes: 15 })]);
    expect((await book(member, room.id, at('10:00'))).ok).toBe(true);
    const insert = (start: Date, end: Date) =>
      db.$executeRaw`INSERT INTO "Booking" ("id", "resourceId", "userId", "startsAt", "endsAt", "blockedUntil", "status", "updatedAt")
                     VALUES (${crypto.randomUUID()}, ${room.id}, ${member.id}, ${start}, ${end}, ${end}, 'CONFIRMED', now())`;
    await expect(insert(at('10:30'), at('11:30'))).rejects.toThrow(/overlaps/);
    await expect(insert(at('11:00'), at('11:30'))).rejects.toThrow(/overlaps/);
    await expect(insert(at('11:15'), at('11:45'))).resolves.toBe(1);
    // Cancelled rows hold nothing.
    await expect(
      db.$executeRaw`INSERT INTO "Booking" ("id", "resourceId", "userId", "startsAt", "endsAt", "blockedUntil", "status", "updatedAt")
                     VALUES (${crypto.randomUUID()}, ${room.id}, ${member.id}, ${at('10:00')}, ${at('11:00')}, ${at('11:00')}, 'CANCELLED', now())`,
    ).resolves.toBe(1);
  });
});

describe('operators manage opening hours and closures', () => {
  it('applies new opening hours and a closure to the next booking', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const hours: Record<string, string> = { spaceId: room.spaceId };
    for (let i = 0; i < 7; i++) Object.assign(hours, { [`open_${i}`]: i === 1 ? '' : '10:00', [`close_${i}`]: i === 1 ? '' : '16:00' });
    const { updateOpeningHours, addClosure } = await import('@/lib/bookings/service');
    expect((await updateOpeningHours(operator, hours as never)).ok).toBe(true);
    expect(await book(member, room.id, at('10:00'))).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' }); // Tuesday now closed
    expect(await book(member, room.id, at('09:00', '2030-01-09'))).toMatchObject({ ok: false, code: 'OUTSIDE_OPENING_HOURS' });
    expect((await book(member, room.id, at('10:00', '2030-01-09'))).ok).toBe(true);
    expect((await addClosure(operator, { spaceId: room.spaceId, startDate: '2030-01-10', endDate: '2030-01-10', reason: '消防演练' })).ok).toBe(true);
    expect(await book(member, room.id, at('10:00', '2030-01-10'))).toMatchObject({ ok: false, code: 'SPACE_CLOSED' });
    expect(await db.auditLog.count({ where: { entityId: room.spaceId, action: 'space.openingHours' } })).toBe(1);
  });
});
