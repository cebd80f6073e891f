import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { cancelBooking, createBooking } from '@/lib/bookings/service';
import { notifyBooker } from './notifications';
import { confirmsReport, FAULT_REPORT_POINTS, OPEN_STATUSES } from './policy';
import { awardPoints } from '@/lib/points/service';

const DAY = 86_400_000;
const ACTIVE = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;

/** The lock the booking triggers and the booking service take per resource. */
async function lockResource(tx: Tx, resourceId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${resourceId}, 0))`;
}

/**
 * Where an open-ended block ends for now: a day past the farthest a member may book, so no
 * booking can be made beyond it; the extension job keeps moving it (`extendOutOfService`).
 */
export function blockEndFor(horizonDays: number, now: Date): Date {
  return new Date(now.getTime() + (horizonDays + 1) * DAY);
}

/**
 * Takes the report's machine out of service: a maintenance block from now, open-ended, that the
 * booking trigger enforces. Under the resource's lock, so a booking is either committed before
 * (and then flagged here) or refused by the trigger. A second click, or a second instance, finds
 * the report already holding a block (conditional update) and changes nothing.
 */
export async function takeOutOfService(actor: Actor, input: { faultId: string; note: string }, now = new Date()): Promise<ActionResult<{ blockId: string; flagged: number }>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const fault = await tx.faultReport.findUnique({
      where: { id: input.faultId },
      select: { id: true, status: true, reporterId: true, resourceId: true, category: { select: { nameZh: true, nameEn: true } }, resource: { select: { horizonDays: true } } },
    });
    if (!fault) throw new Rollback(fail('NOT_FOUND', 'faultNotFound'));
    if (!fault.resourceId || !fault.resource) throw new Rollback(fail('INVALID_TARGET', 'faultNoResource'));
    await lockResource(tx, fault.resourceId);
    const block = await tx.maintenanceBlock.create({
      data: { resourceId: fault.resourceId, startsAt: now, endsAt: blockEndFor(fault.resource.horizonDays, now), reason: `${fault.category.nameZh} / ${fault.category.nameEn}`.slice(0, 200), createdById: actor.id },
      select: { id: true },
    });
    const confirming = fault.status === 'NEW';
    const { count } = await tx.faultReport.updateMany({
      where: { id: fault.id, blockId: null, status: { in: [...OPEN_STATUSES] } },
      data: { blockId: block.id, ...(confirming ? { status: 'CONFIRMED' } : {}) },
    });
    if (!count) throw new Rollback(fail('STATE_CHANGED', 'faultStateChanged'));
    if (confirming) {
      await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: 'STATUS', fromStatus: 'NEW', toStatus: 'CONFIRMED', createdAt: now } });
      if (fault.reporterId && confirmsReport('NEW', 'CONFIRMED')) {
        await awardPoints(tx, { userId: fault.reporterId, points: FAULT_REPORT_POINTS, source: 'FAULT_REPORT', sourceKey: `fault:${fault.id}`, note: 'fault report confirmed', at: now });
      }
    }
    await tx.faultEvent.create({ data: { faultId: fault.id, actorId: actor.id, kind: 'OUT_OF_SERVICE', note: input.note, createdAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'fault.outOfService', entityType: 'FaultReport', entityId: fault.id, after: { blockId: block.id } });
    const flagged = await flagAffectedBookings(tx, fault.id, now);
    return ok({ blockId: block.id, flagged });
  });
}

/**
 * Flags every active booking that has not ended and falls in the report's block, and tells each
 * booker once: the notice row's primary key (fault, booking) is the exactly-once key, so two
 * instances (or the extension job and an operator) running this at once write and notify once.
 */
export async function flagAffectedBookings(tx: Tx, faultId: string, now: Date): Promise<number> {
  const fault = await tx.faultReport.findUniqueOrThrow({ where: { id: faultId }, select: { id: true, block: { select: { resourceId: true, startsAt: true, endsAt: true } } } });
  if (!fault.block) return 0;
  const bookings = await tx.booking.findMany({
    where: { resourceId: fault.block.resourceId, status: { in: [...ACTIVE] }, endsAt: { gt: now }, startsAt: { lt: fault.block.endsAt } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, startsAt: true },
  });
  if (bookings.length === 0) return 0;
  const written = await tx.faultBookingNotice.createManyAndReturn({ data: bookings.map((b) => ({ faultId: fault.id, bookingId: b.id })), skipDuplicates: true, select: { bookingId: true } });
  const fresh = new Set(written.map((w) => w.bookingId));
  for (const b of bookings) if (fresh.has(b.id)) await notifyBooker(tx, fault.id, b);
  return fresh.size;
}

/** Ends the block now (the machine is back); a duplicate's block was moved before, if needed. */
export async function endBlock(tx: Tx, actor: Actor, faultId: string, blockId: string, now: Date, silent = false): Promise<void> {
  const block = await tx.maintenanceBlock.findUnique({ where: { id: blockId }, select: { startsAt: true, endsAt: true } });
  await tx.faultReport.update({ where: { id: faultId }, data: { blockId: null } });
  if (!block) return;
  if (block.startsAt >= now) await tx.maintenanceBlock.delete({ where: { id: blockId } });
  else if (block.endsAt > now) await tx.maintenanceBlock.update({ where: { id: blockId }, data: { endsAt: now } });
  if (!silent) await tx.faultEvent.create({ data: { faultId, actorId: actor.id, kind: 'BACK_IN_SERVICE', createdAt: now } });
}

/**
 * The job that keeps open-ended blocks ahead of the booking horizon, then flags bookings that
 * are now inside (e.g. after the horizon was lengthened). Idempotent: a conditional extension
 * and the notice key.
 */
export async function extendOutOfService(now = new Date()): Promise<number> {
  const faults = await db.faultReport.findMany({ where: { blockId: { not: null }, status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
  let extended = 0;
  for (const { id } of faults) {
    await db.$transaction(async (tx) => {
      const f = await tx.faultReport.findUnique({ where: { id }, select: { blockId: true, resourceId: true, resource: { select: { horizonDays: true } } } });
      if (!f?.blockId || !f.resourceId || !f.resource) return;
      await lockResource(tx, f.resourceId);
      const until = blockEndFor(f.resource.horizonDays, now);
      const { count } = await tx.maintenanceBlock.updateMany({ where: { id: f.blockId, endsAt: { lt: until } }, data: { endsAt: until } });
      extended += count;
      await flagAffectedBookings(tx, id, now);
    });
  }
  return extended;
}

/**
 * Rebooks a flagged booking: the new slot is booked through the booking service (all its rules
 * and the triggers), then the old booking is cancelled. Only the booker, only a flagged booking.
 */
export async function rebookAffected(actor: Actor, input: { bookingId: string; resourceId: string; startsAt: Date }, now = new Date()): Promise<ActionResult<{ id: string }>> {
  const booking = await db.booking.findFirst({
    where: { id: input.bookingId, userId: actor.id, status: { in: ['PENDING', 'CONFIRMED'] }, faultNotices: { some: {} } },
    select: { id: true, startsAt: true, endsAt: true, note: true },
  });
  if (!booking) return fail('NOT_FOUND', 'bookingNotFound');
  const duration = Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
  const created = await createBooking(actor, { resourceId: input.resourceId, startsAt: input.startsAt, durationMinutes: duration, note: booking.note }, now);
  if (!created.ok) return created;
  const cancelled = await cancelBooking(actor, { bookingId: booking.id, reason: 'rebooked: out of service' }, now);
  if (!cancelled.ok) return cancelled;
  return ok({ id: created.data.id });
}
