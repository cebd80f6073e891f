import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addMaintenance, cancelBooking, createBooking, decideBooking, decideBookings, grantCertification, revokeCertification } from '@/lib/bookings/service';
import { zonedInstant } from '@/lib/bookings/time';
import type { SessionUser } from '@/lib/users/queries';
import { createResource, createUser } from '../factories';

// Monday 2030-01-07 08:00 in Shanghai; bookings are made for the days after.
const NOW = new Date('2030-01-07T00:00:00Z');
const DAYS = ['2030-01-08', '2030-01-09', '2030-01-10', '2030-01-11'];

/** 50 pending bookings by 50 members on one approval-gated printer, an hour each over four days. */
async function fiftyPending() {
  const [operator, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
  const members = await Promise.all(Array.from({ length: 50 }, () => createUser()));
  const bookings: { id: string; member: SessionUser; day: string; hour: number }[] = [];
  for (const [i, member] of members.entries()) {
    const day = DAYS[Math.floor(i / 14)];
    const hour = 8 + (i % 14);
    const r = await createBooking(member, { resourceId: printer.id, startsAt: zonedInstant(day, `${String(hour).padStart(2, '0')}:00`, 'Asia/Shanghai'), durationMinutes: 60 }, NOW);
    if (!r.ok || r.data.status !== 'PENDING') throw new Error(`setup: ${JSON.stringify(r)}`);
    bookings.push({ id: r.data.id, member, day, hour });
  }
  return { operator, printer, bookings };
}

describe('bulk approval of bookings', () => {
  it('applies each of 50 bookings exactly once and refuses, naming them, the ones that became invalid meanwhile', async () => {
    const { operator, printer, bookings } = await fiftyPending();
    // Meanwhile: three members cancel, and maintenance is set on the first day 08:00-10:00 (two bookings).
    const cancelled = bookings.slice(20, 23);
    for (const b of cancelled) expect((await cancelBooking(b.member, { bookingId: b.id, reason: '' }, NOW)).ok).toBe(true);
    expect((await addMaintenance(operator, { resourceId: printer.id, startsAtLocal: `${DAYS[0]}T08:00`, endsAtLocal: `${DAYS[0]}T10:00`, reason: '校准' })).ok).toBe(true);
    const underMaintenance = bookings.filter((b) => b.day === DAYS[0] && b.hour < 10);
    expect(underMaintenance).toHaveLength(2);

    const result = await decideBookings(operator, { bookingIds: bookings.map((b) => b.id), decision: 'APPROVE', reason: '' });
    if (!result.ok) throw new Error(result.code);
    expect(result.data.applied).toHaveLength(45);
    expect(result.data.refused.map((r) => [r.id, r.code]).sort()).toEqual(
      [...cancelled.map((b) => [b.id, 'STATE_CHANGED']), ...underMaintenance.map((b) => [b.id, 'UNDER_MAINTENANCE'])].sort(),
    );
    const appliedIds = result.data.applied.map((a) => a.id);
    expect(new Set(appliedIds).size).toBe(45);
    expect(await db.booking.count({ where: { id: { in: appliedIds }, status: 'CONFIRMED' } })).toBe(45);
    expect(await db.auditLog.count({ where: { entityId: { in: appliedIds }, action: 'booking.approve' } })).toBe(45);

    // Pressing again applies nothing twice.
    const again = await decideBookings(operator, { bookingIds: appliedIds, decision: 'APPROVE', reason: '' });
    expect(again.ok && again.data.applied).toEqual([]);
    expect(again.ok && again.data.refused.every((r) => r.code === 'STATE_CHANGED')).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: { in: appliedIds }, action: 'booking.approve' } })).toBe(45);
  });

  it('applies each booking exactly once when two operators bulk-approve the same 50 while members cancel', async () => {
    const { operator, bookings } = await fiftyPending();
    const second = await createUser({ roles: ['OPERATOR'] });
    const cancelling = bookings.filter((_, i) => i % 10 === 3);
    const ids = bookings.map((b) => b.id);
    const [a, b, ...cancels] = await Promise.all([
      decideBookings(operator, { bookingIds: ids, decision: 'APPROVE', reason: '' }),
      decideBookings(second, { bookingIds: [...ids].reverse(), decision: 'APPROVE', reason: '' }),
      ...cancelling.map((c) => cancelBooking(c.member, { bookingId: c.id, reason: '' }, NOW)),
    ]);
    if (!a.ok || !b.ok) throw new Error('bulk failed');
    const applied = [...a.data.applied, ...b.data.applied].map((x) => x.id);
    // No booking applied twice; every booking either confirmed once or cancelled by its member.
    expect(new Set(applied).size).toBe(applied.length);
    const cancelledIds = cancelling.filter((_, i) => cancels[i].ok).map((c) => c.id);
    expect(applied.length + cancelledIds.length).toBe(50);
    expect(await db.booking.count({ where: { id: { in: ids }, status: 'CONFIRMED' } })).toBe(applied.length);
    for (const run of [a, b]) for (const r of run.data.refused) expect(r.code).toBe('STATE_CHANGED');
    // Each side reports every booking it was given: applied or refused with a reason.
    expect(a.data.applied.length + a.data.refused.length).toBe(50);
    expect(b.data.applied.length + b.data.refused.length).toBe(50);
    const audits = await db.auditLog.groupBy({ by: ['entityId'], where: { entityId: { in: ids }, action: 'booking.approve' }, _count: true });
    expect(audits).toHaveLength(applied.length);
    expect(audits.every((x) => x._count === 1)).toBe(true);
  });

  it('rejects many bookings with one reason and records it on each', async () => {
    const [operator, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const members = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    const ids: string[] = [];
    for (const [i, m] of members.entries()) {
      const r = await createBooking(m, { resourceId: printer.id, startsAt: zonedInstant(DAYS[0], `1${i}:00`, 'Asia/Shanghai'), durationMinutes: 60 }, NOW);
      if (r.ok) ids.push(r.data.id);
    }
    const result = await decideBookings(operator, { bookingIds: ids, decision: 'REJECT', reason: '设备年检' });
    expect(result.ok && result.data.applied.map((x) => x.status)).toEqual(['REJECTED', 'REJECTED', 'REJECTED']);
    const rows = await db.booking.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.status === 'REJECTED' && r.decisionReason === '设备年检')).toBe(true);
  });

  it('is refused to a member who is not an operator', async () => {
    const member = await createUser();
    await expect(decideBookings(member, { bookingIds: ['x'], decision: 'APPROVE', reason: '' })).rejects.toThrow(/forbidden/);
  });
});

async function uncertifiedBooking() {
  const [operator, member] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser()]);
  const cert = await db.certification.create({ data: { name: `激光切割 ${Math.random().toString(36).slice(2, 8)}` } });
  const cutter = await createResource({ kind: 'EQUIPMENT', requiresApproval: true, requiredCertificationId: cert.id });
  const email = (await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { email: true } })).email;
  expect((await grantCertification(operator, { certificationId: cert.id, email })).ok).toBe(true);
  const pending = await createBooking(member, { resourceId: cutter.id, startsAt: zonedInstant(DAYS[0], '10:00', 'Asia/Shanghai'), durationMinutes: 60 }, NOW);
  if (!pending.ok) throw new Error(pending.code);
  expect((await revokeCertification(operator, { certificationId: cert.id, userId: member.id })).ok).toBe(true);
  return { operator, member, cert, bookingId: pending.data.id };
}

describe('approving a booking that fails a rule', () => {
  it('refuses an uncertified booking without an override, alone or in bulk', async () => {
    const { operator, cert, bookingId } = await uncertifiedBooking();
    expect(await decideBooking(operator, { bookingId, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'CERTIFICATION_REQUIRED', message: `certificationMissing:${cert.name}` });
    // An override without a reason is no override.
    expect(await decideBooking(operator, { bookingId, decision: 'APPROVE', reason: '', override: { reason: '   ' } })).toMatchObject({ ok: false, code: 'CERTIFICATION_REQUIRED' });
    const bulk = await decideBookings(operator, { bookingIds: [bookingId], decision: 'APPROVE', reason: '' });
    expect(bulk).toMatchObject({ ok: true, data: { applied: [], refused: [{ id: bookingId, code: 'CERTIFICATION_REQUIRED' }] } });
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('PENDING');
    expect(await db.auditLog.count({ where: { entityId: bookingId } })).toBe(0);
  });

  it('approves it with an explicit override and writes the override and its reason to the audit log', async () => {
    const { operator, cert, bookingId } = await uncertifiedBooking();
    const r = await decideBooking(operator, { bookingId, decision: 'APPROVE', reason: '', override: { reason: '导师全程陪同操作' } });
    expect(r).toMatchObject({ ok: true, data: { status: 'CONFIRMED' } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: bookingId } });
    expect(audit).toMatchObject({ actorId: operator.id, action: 'booking.approveOverride', entityType: 'Booking', before: { status: 'PENDING' } });
    expect(audit.after).toMatchObject({ status: 'CONFIRMED', override: { rules: ['CERTIFICATION_REQUIRED'], reason: '导师全程陪同操作', certification: cert.name } });
  });

  it('never overrides maintenance: a booking inside a block stays refused', async () => {
    const { operator, bookingId } = await uncertifiedBooking();
    const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect((await addMaintenance(operator, { resourceId: booking.resourceId, startsAtLocal: `${DAYS[0]}T09:00`, endsAtLocal: `${DAYS[0]}T12:00`, reason: '维修' })).ok).toBe(true);
    expect(await decideBooking(operator, { bookingId, decision: 'APPROVE', reason: '', override: { reason: '急用' } })).toMatchObject({ ok: false, code: 'UNDER_MAINTENANCE' });
  });

  it('does not mark an ordinary approval as an override, even when one was offered', async () => {
    const [operator, member, printer] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser(), createResource({ kind: 'EQUIPMENT', requiresApproval: true })]);
    const pending = await createBooking(member, { resourceId: printer.id, startsAt: zonedInstant(DAYS[0], '10:00', 'Asia/Shanghai'), durationMinutes: 60 }, NOW);
    const id = pending.ok ? pending.data.id : '';
    expect((await decideBooking(operator, { bookingId: id, decision: 'APPROVE', reason: '', override: { reason: '以防万一' } })).ok).toBe(true);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ action: 'booking.approve' });
  });
});
