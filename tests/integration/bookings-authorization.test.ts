import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/auth/permissions';
import { addMaintenance, cancelBooking, checkIn, createBooking, decideBooking, grantCertification, markNoShow, saveResource } from '@/lib/bookings/service';
import { getMyBooking, getOccupancy, getTodayBoard, listMaintenance, listMyBookings, listPendingBookings } from '@/lib/bookings/queries';
import { zonedInstant } from '@/lib/bookings/time';
import { db } from '@/lib/db';
import { createResource, createUser } from '../factories';

const NOW = new Date('2030-01-07T00:00:00Z');
const at = (hhmm: string) => zonedInstant('2030-01-08', hhmm, 'Asia/Shanghai');

async function bookedByOwner() {
  const [owner, intruder, room] = await Promise.all([createUser(), createUser({ roles: ['ENTREPRENEUR', 'MENTOR'] }), createResource({ requiresApproval: true })]);
  const r = await createBooking(owner, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW);
  if (!r.ok) throw new Error(r.code);
  return { owner, intruder, room, id: r.data.id };
}

describe("another member's booking", () => {
  it('cannot be cancelled, seen or checked in by a member: it is simply not found', async () => {
    const { intruder, id } = await bookedByOwner();
    expect(await cancelBooking(intruder, { bookingId: id, reason: '抢占' }, NOW)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await checkIn(intruder, { bookingId: id }, at('10:00'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await getMyBooking(intruder, id)).toBeNull();
    expect((await listMyBookings(intruder, { scope: 'upcoming', limit: 100 }, NOW)).items.map((b) => b.id)).not.toContain(id);
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });

  it('is listed for its owner with cursor pagination that never repeats', async () => {
    const [owner, room] = await Promise.all([createUser(), createResource()]);
    for (const h of ['09:00', '10:00', '11:00', '12:00', '13:00']) await createBooking(owner, { resourceId: room.id, startsAt: at(h), durationMinutes: 60 }, NOW);
    const first = await listMyBookings(owner, { scope: 'upcoming', limit: 2 }, NOW);
    const second = await listMyBookings(owner, { scope: 'upcoming', limit: 2, cursor: first.nextCursor! }, NOW);
    const third = await listMyBookings(owner, { scope: 'upcoming', limit: 2, cursor: second.nextCursor! }, NOW);
    const ids = [...first.items, ...second.items, ...third.items].map((b) => b.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });
});

describe('operator-only operations', () => {
  it('refuse a member without space:operate', async () => {
    const { intruder, room, id } = await bookedByOwner();
    const calls: (() => Promise<unknown>)[] = [
      () => decideBooking(intruder, { bookingId: id, decision: 'APPROVE', reason: '' }),
      () => markNoShow(intruder, { bookingId: id }, at('11:00')),
      () => addMaintenance(intruder, { resourceId: room.id, startsAtLocal: '2030-01-08T09:00', endsAtLocal: '2030-01-08T10:00', reason: 'x' }),
      () => grantCertification(intruder, { certificationId: 'x', email: 'a@b.cn' }),
      () => saveResource(intruder, { spaceId: room.spaceId, kind: 'HOT_DESK', name: 'x', description: '', zone: '', capacity: 1, active: true, slotMinutes: 30, minMinutes: 30, maxMinutes: 60, noticeMinutes: 0, horizonDays: 7, bufferMinutes: 0, requiresApproval: false, requiredCertificationId: '', weeklyQuotaHours: null }),
      () => getTodayBoard(intruder),
      () => listPendingBookings(intruder),
      () => listMaintenance(intruder),
      () => getOccupancy(intruder),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });

  it('lets an operator check a member in, audited', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const [member, room] = await Promise.all([createUser(), createResource()]);
    const r = await createBooking(member, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW);
    const id = r.ok ? r.data.id : '';
    expect(await checkIn(operator, { bookingId: id }, at('10:05'))).toMatchObject({ ok: true, data: { status: 'CHECKED_IN' } });
    expect(await db.auditLog.count({ where: { entityId: id, action: 'booking.checkIn', actorId: operator.id } })).toBe(1);
  });
});

describe("the console's board of today", () => {
  it('loads what needs the desk now (not over yet, or over and still to be marked a no-show), and the whole day on request', async () => {
    const [operator, member, room] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource()]);
    const now = zonedInstant('2031-03-12', '14:00', 'Asia/Shanghai');
    const book = (from: string, to: string, status: 'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'NO_SHOW') => {
      const startsAt = zonedInstant('2031-03-12', from, 'Asia/Shanghai');
      const endsAt = zonedInstant('2031-03-12', to, 'Asia/Shanghai');
      return db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt, endsAt, blockedUntil: endsAt, status }, select: { id: true } });
    };
    const done = await book('09:00', '10:00', 'COMPLETED');
    const missed = await book('10:00', '11:00', 'CONFIRMED');
    const noShow = await book('11:00', '12:00', 'NO_SHOW');
    const justStarted = await book('13:50', '14:30', 'CONFIRMED');
    const checkedIn = await book('14:30', '15:00', 'CHECKED_IN');
    const later = await book('16:00', '17:00', 'CONFIRMED');
    const mine = (rows: { id: string }[]) => rows.map((r) => r.id).filter((id) => [done, missed, noShow, justStarted, checkedIn, later].some((b) => b.id === id));

    const board = await getTodayBoard(operator, now, { take: 30 });
    expect(mine(board.rows)).toEqual([missed.id, justStarted.id, checkedIn.id, later.id]);
    expect(board.total).toBeGreaterThanOrEqual(6);
    const day = await getTodayBoard(operator, now, { wholeDay: true });
    expect(mine(day.rows)).toEqual([done.id, missed.id, noShow.id, justStarted.id, checkedIn.id, later.id]);
    expect(day.total).toBe(board.total);
  });
});
