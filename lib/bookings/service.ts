import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { isUniqueViolation, sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { ACTIVE_STATUSES, checkTimeRules } from './rules';
import { sourcesOf } from '@/lib/state-machine';
import { notifyBookingCreated, notifyBookingTransition, notifyMaintenance } from './notifications';
import type { AuditAction } from '@/lib/audit/actions';
import { BOOKING_TRANSITIONS, canCancel, canCheckIn, canMarkNoShow, isOperator } from './policy';
import { addDays, localDateKey, localMinutes, MINUTE, mondayOf, openingWindow, zonedInstant, type OpeningHours } from './time';

const OVERLAP = '23P01';

export const slotTaken = () => fail('SLOT_TAKEN', 'slotTaken');

async function loadResource(resourceId: string) {
  return db.resource.findUnique({
    where: { id: resourceId },
    include: { space: { include: { closures: true } }, requiredCertification: true },
  });
}

type LoadedResource = NonNullable<Awaited<ReturnType<typeof loadResource>>>;

function spaceOf(r: LoadedResource) {
  return { timeZone: r.space.timeZone, openingHours: r.space.openingHours as OpeningHours, closures: r.space.closures };
}

async function maintenanceBetween(tx: Tx | typeof db, resourceId: string, startsAt: Date, endsAt: Date) {
  return tx.maintenanceBlock.findMany({ where: { resourceId, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } }, select: { startsAt: true, endsAt: true } });
}

/**
 * The overlap trigger's per-resource lock, taken first in the service's transaction: the
 * maintenance and certification checks that follow then see every block committed before us,
 * and a block being written now waits until our booking is committed (addMaintenance takes
 * the same lock).
 */
async function lockResource(tx: Tx, resourceId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${resourceId}, 0))`;
}

async function holdsCertification(tx: Tx | typeof db, userId: string, certificationId: string) {
  return (await tx.userCertification.count({ where: { userId, certificationId } })) > 0;
}

export type CreatedBooking = { id: string; status: BookingStatus; startsAt: Date; endsAt: Date };

/**
 * Books a resource. The time rules are pure and checked first; then, under the resource's lock,
 * maintenance, certification, the project link and the quota; the overlap itself is decided by
 * the database trigger (same lock), so of two members pressing at once exactly one wins and
 * the other gets SLOT_TAKEN, never an error page.
 */
export async function createBooking(
  actor: Actor,
  input: { resourceId: string; startsAt: Date; durationMinutes: number; note?: string; projectId?: string },
  now = new Date(),
): Promise<ActionResult<CreatedBooking>> {
  const resource = await loadResource(input.resourceId);
  if (!resource) return fail('NOT_FOUND', 'resourceNotFound');
  const startsAt = input.startsAt;
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * MINUTE);
  const broken = checkTimeRules({ resource, space: spaceOf(resource), startsAt, endsAt, now, maintenance: [] });
  if (broken) return fail(broken.code, broken.message);

  try {
    return await inTransaction(
      async (tx) => {
        await lockResource(tx, resource.id);
        if ((await maintenanceBetween(tx, resource.id, startsAt, endsAt)).length) throw new Rollback(fail('UNDER_MAINTENANCE', 'underMaintenance'));
        const cert = resource.requiredCertification;
        if (cert && !(await holdsCertification(tx, actor.id, cert.id))) throw new Rollback(fail('CERTIFICATION_REQUIRED', `certificationRequired:${cert.name}`));
        // A booking names only a project of the booker's own team; any other is not found.
        if (input.projectId && !(await tx.projectMember.count({ where: { projectId: input.projectId, userId: actor.id } }))) {
          throw new Rollback(fail('NOT_FOUND', 'projectNotFound'));
        }
        if (resource.weeklyQuotaHours != null) {
          // Serialise one member's bookings so two parallel requests cannot both fit the quota.
          // Always after the resource lock, so the two locks are taken in one order everywhere.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${'quota:' + actor.id}, 0))`;
          const monday = mondayOf(localDateKey(startsAt, resource.space.timeZone));
          const weekStart = zonedInstant(monday, '00:00', resource.space.timeZone);
          const weekEnd = zonedInstant(addDays(monday, 7), '00:00', resource.space.timeZone);
          const used = await tx.booking.findMany({
            where: { userId: actor.id, resourceId: resource.id, status: { in: [...ACTIVE_STATUSES, 'COMPLETED'] }, startsAt: { gte: weekStart, lt: weekEnd } },
            select: { startsAt: true, endsAt: true },
          });
          const usedMinutes = used.reduce((sum, b) => sum + (b.endsAt.getTime() - b.startsAt.getTime()) / MINUTE, 0);
          if (usedMinutes + input.durationMinutes > resource.weeklyQuotaHours * 60) {
            throw new Rollback(fail('QUOTA_EXCEEDED', `weeklyQuotaExceeded:${resource.weeklyQuotaHours}`));
          }
        }
        const booking = await tx.booking.create({
          data: {
            resourceId: resource.id,
            userId: actor.id,
            startsAt,
            endsAt,
            blockedUntil: new Date(endsAt.getTime() + resource.bufferMinutes * MINUTE),
            status: resource.requiresApproval ? 'PENDING' : 'CONFIRMED',
            note: input.note ?? '',
            ...(input.projectId ? { projectId: input.projectId } : {}),
          },
          select: { id: true, status: true, startsAt: true, endsAt: true },
        });
        await notifyBookingCreated(tx, booking.id);
        return ok(booking);
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    if (sqlState(error) === OVERLAP) return slotTaken();
    throw error;
  }
}

async function findForActor(actor: Actor, bookingId: string) {
  // Another member's booking is "not found", never a hint that it exists.
  return db.booking.findFirst({
    where: { id: bookingId, ...(isOperator(actor) ? {} : { userId: actor.id }) },
    include: { resource: { select: { name: true } } },
  });
}

/** One conditional status change (`WHERE status = expected`), audited when an operator touches someone else's booking. */
async function transition(
  actor: Actor,
  booking: { id: string; userId: string; status: BookingStatus },
  to: BookingStatus,
  data: { cancelReason?: string; decisionReason?: string; checkedInAt?: Date; decidedById?: string },
  action: AuditAction,
): Promise<ActionResult<{ id: string; status: BookingStatus }>> {
  try {
    return await inTransaction(async (tx) => {
      const { count } = await tx.booking.updateMany({ where: { id: booking.id, status: { in: sourcesOf(BOOKING_TRANSITIONS, to, [booking.status]) } }, data: { status: to, ...data } });
      if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'bookingStateChanged'));
      await notifyBookingTransition(tx, actor, booking.id, to, data.cancelReason ?? data.decisionReason);
      if (booking.userId !== actor.id) {
        await recordAudit(tx, {
          actorId: actor.id,
          action,
          entityType: 'Booking',
          entityId: booking.id,
          before: { status: booking.status },
          after: { status: to, ...(data.cancelReason ? { reason: data.cancelReason } : {}), ...(data.decisionReason ? { reason: data.decisionReason } : {}) },
        });
      }
      return ok({ id: booking.id, status: to });
    });
  } catch (error) {
    if (sqlState(error) === OVERLAP) return slotTaken();
    throw error;
  }
}

export async function cancelBooking(actor: Actor, input: { bookingId: string; reason: string }, now = new Date()) {
  const booking = await findForActor(actor, input.bookingId);
  if (!booking) return fail('NOT_FOUND', 'bookingNotFound');
  if (!canCancel(booking, actor, now)) return fail('STATE_CHANGED', booking.startsAt <= now ? 'bookingAlreadyStarted' : 'bookingStateChanged');
  // The reason is optional: an empty one is not stored.
  const reason = input.reason.trim();
  return transition(actor, booking, 'CANCELLED', reason ? { cancelReason: reason } : {}, 'booking.cancel');
}

export async function checkIn(actor: Actor, input: { bookingId: string }, now = new Date()) {
  const booking = await findForActor(actor, input.bookingId);
  if (!booking) return fail('NOT_FOUND', 'bookingNotFound');
  if (!canCheckIn(booking, actor, now)) return fail('CHECK_IN_CLOSED', booking.status === 'CONFIRMED' ? 'checkInNotOpen' : 'bookingStateChanged');
  return transition(actor, booking, 'CHECKED_IN', { checkedInAt: now }, 'booking.checkIn');
}

export async function markNoShow(actor: Actor, input: { bookingId: string }, now = new Date()) {
  assertCan(actor, 'space:operate');
  const booking = await findForActor(actor, input.bookingId);
  if (!booking) return fail('NOT_FOUND', 'bookingNotFound');
  if (!canMarkNoShow(booking, actor, now)) return fail('STATE_CHANGED', booking.status === 'CONFIRMED' ? 'noShowTooEarly' : 'bookingStateChanged');
  return transition(actor, booking, 'NO_SHOW', {}, 'booking.noShow');
}

/** Rules an operator may knowingly set aside when approving, each with a reason that is audited. */
export const OVERRIDABLE_RULES = ['CERTIFICATION_REQUIRED'] as const;
export type BookingOverride = { reason: string };

/**
 * An operator approves or rejects a PENDING booking. Approval re-checks, under the resource's
 * lock, the rules that can have changed since the request (resource deactivated, maintenance
 * added, certification revoked); the trigger re-checks the overlap on the status update.
 * A missing certification is refused unless the operator passes an explicit `override` with a
 * reason; the override is written to the audit log in the same transaction.
 */
export async function decideBooking(actor: Actor, input: { bookingId: string; decision: 'APPROVE' | 'REJECT'; reason: string; override?: BookingOverride }) {
  assertCan(actor, 'space:operate');
  const booking = await db.booking.findUnique({ where: { id: input.bookingId }, include: { resource: { include: { requiredCertification: true } } } });
  if (!booking) return fail('NOT_FOUND', 'bookingNotFound');
  if (booking.status !== 'PENDING') return fail('STATE_CHANGED', 'bookingStateChanged');
  if (input.decision === 'REJECT') {
    return transition(actor, booking, 'REJECTED', { decisionReason: input.reason, decidedById: actor.id }, 'booking.reject');
  }
  if (!booking.resource.active) return fail('RESOURCE_INACTIVE', 'resourceInactive');
  const override = input.override?.reason.trim() ? input.override : undefined;
  const data = { decidedById: actor.id, ...(input.reason ? { decisionReason: input.reason } : {}) };
  try {
    return await inTransaction(async (tx) => {
      await lockResource(tx, booking.resourceId);
      if ((await maintenanceBetween(tx, booking.resourceId, booking.startsAt, booking.endsAt)).length) throw new Rollback(fail('UNDER_MAINTENANCE', 'underMaintenance'));
      const overridden: string[] = [];
      const cert = booking.resource.requiredCertification;
      if (cert && !(await holdsCertification(tx, booking.userId, cert.id))) {
        if (!override) throw new Rollback(fail('CERTIFICATION_REQUIRED', `certificationMissing:${cert.name}`));
        overridden.push('CERTIFICATION_REQUIRED');
      }
      const { count } = await tx.booking.updateMany({ where: { id: booking.id, status: { in: sourcesOf(BOOKING_TRANSITIONS, 'CONFIRMED') } }, data: { status: 'CONFIRMED', ...data } });
      if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'bookingStateChanged'));
      await notifyBookingTransition(tx, actor, booking.id, 'CONFIRMED');
      await recordAudit(tx, {
        actorId: actor.id,
        action: overridden.length ? 'booking.approveOverride' : 'booking.approve',
        entityType: 'Booking',
        entityId: booking.id,
        before: { status: booking.status },
        after: {
          status: 'CONFIRMED',
          ...(input.reason ? { reason: input.reason } : {}),
          ...(overridden.length && override ? { override: { rules: overridden, reason: override.reason, ...(cert ? { certification: cert.name } : {}) } } : {}),
        },
      });
      return ok({ id: booking.id, status: 'CONFIRMED' as BookingStatus });
    });
  } catch (error) {
    if (sqlState(error) === OVERLAP) return slotTaken();
    throw error;
  }
}

export type BulkDecisionResult = {
  applied: { id: string; status: BookingStatus }[];
  refused: { id: string; code: string; message: string }[];
};

/**
 * Many decisions with one reason. Each booking is decided in its own transaction through
 * `decideBooking` (same lock, same re-checks, same conditional update), so one that became
 * invalid meanwhile is refused and reported without holding back the others, and a booking
 * pressed by two operators at once is applied exactly once.
 */
export async function decideBookings(
  actor: Actor,
  input: { bookingIds: readonly string[]; decision: 'APPROVE' | 'REJECT'; reason: string; override?: BookingOverride },
): Promise<ActionResult<BulkDecisionResult>> {
  assertCan(actor, 'space:operate');
  const result: BulkDecisionResult = { applied: [], refused: [] };
  for (const bookingId of [...new Set(input.bookingIds)]) {
    const one = await decideBooking(actor, { bookingId, decision: input.decision, reason: input.reason, ...(input.override ? { override: input.override } : {}) });
    if (one.ok) result.applied.push(one.data);
    else result.refused.push({ id: bookingId, code: one.code, message: one.message });
  }
  return ok(result);
}

/** "Any free hot desk in zone X for today": from the next slot until closing, the first desk free all that time. */
export async function bookAnyHotDesk(actor: Actor, input: { spaceId: string; zone: string }, now = new Date()) {
  const desks = await db.resource.findMany({
    where: { spaceId: input.spaceId, kind: 'HOT_DESK', active: true, ...(input.zone ? { zone: input.zone } : {}) },
    include: { space: { include: { closures: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  if (desks.length === 0) return fail('NO_DESK_FREE', 'noDeskFree');
  const space = spaceOf(desks[0] as LoadedResource);
  const today = localDateKey(now, space.timeZone);
  const window = openingWindow(space, today);
  if (!window || now >= window.end) return fail('SPACE_CLOSED', 'spaceClosedToday');
  for (const desk of desks) {
    const from = Math.max(window.start.getTime(), now.getTime() + desk.noticeMinutes * MINUTE);
    const local = localMinutes(new Date(from), space.timeZone);
    const aligned = from + (((desk.slotMinutes - (local % desk.slotMinutes)) % desk.slotMinutes) * MINUTE) - (new Date(from).getSeconds() * 1000 + new Date(from).getMilliseconds());
    const start = new Date(aligned < from ? aligned + desk.slotMinutes * MINUTE : aligned);
    let minutes = Math.floor((window.end.getTime() - start.getTime()) / MINUTE / desk.slotMinutes) * desk.slotMinutes;
    minutes = Math.min(minutes, desk.maxMinutes);
    if (minutes < desk.minMinutes) continue;
    const busy = await db.booking.count({
      where: { resourceId: desk.id, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: new Date(start.getTime() + minutes * MINUTE) }, blockedUntil: { gt: start } },
    });
    if (busy) continue;
    const result = await createBooking(actor, { resourceId: desk.id, startsAt: start, durationMinutes: minutes }, now);
    if (result.ok) return ok({ ...result.data, resourceName: desk.name });
    if (result.code === 'QUOTA_EXCEEDED') return result;
  }
  return fail('NO_DESK_FREE', 'noDeskFree');
}

// ---- Operator: resources, maintenance, certifications -------------------------------------

export async function saveResource(
  actor: Actor,
  input: {
    resourceId?: string;
    spaceId: string;
    kind: LoadedResource['kind'];
    name: string;
    description: string;
    zone: string;
    capacity: number;
    active: boolean;
    slotMinutes: number;
    minMinutes: number;
    maxMinutes: number;
    noticeMinutes: number;
    horizonDays: number;
    bufferMinutes: number;
    requiresApproval: boolean;
    requiredCertificationId: string;
    weeklyQuotaHours: number | null;
  },
) {
  assertCan(actor, 'space:operate');
  const { resourceId, requiredCertificationId, ...rest } = input;
  const data = { ...rest, requiredCertificationId: requiredCertificationId || null };
  return inTransaction(async (tx) => {
    if (resourceId) {
      const before = await tx.resource.findUnique({ where: { id: resourceId } });
      if (!before) throw new Rollback(fail('NOT_FOUND', 'resourceNotFound'));
      const saved = await tx.resource.update({ where: { id: resourceId }, data, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: 'resource.update', entityType: 'Resource', entityId: resourceId, before: { name: before.name, active: before.active }, after: { name: data.name, active: data.active } });
      return ok(saved);
    }
    const saved = await tx.resource.create({ data, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: 'resource.create', entityType: 'Resource', entityId: saved.id, after: { name: data.name, kind: data.kind } });
    return ok(saved);
  });
}

/**
 * Adds a block under the resource's lock (the one bookings take before their maintenance
 * check), so a booking is either committed before the block, and then counted in `affected`
 * for the operator to cancel with a message, or it sees the block and is refused: none slips
 * in unseen.
 */
export async function addMaintenance(actor: Actor, input: { resourceId: string; startsAtLocal: string; endsAtLocal: string; reason: string }) {
  assertCan(actor, 'space:operate');
  const resource = await loadResource(input.resourceId);
  if (!resource) return fail('NOT_FOUND', 'resourceNotFound');
  const tz = resource.space.timeZone;
  const [sd, st] = input.startsAtLocal.split('T');
  const [ed, et] = input.endsAtLocal.split('T');
  const startsAt = zonedInstant(sd, st, tz);
  const endsAt = zonedInstant(ed, et, tz);
  return db.$transaction(async (tx) => {
    await lockResource(tx, resource.id);
    const block = await tx.maintenanceBlock.create({
      data: { resourceId: resource.id, startsAt, endsAt, reason: input.reason, createdById: actor.id },
      select: { id: true },
    });
    const affected = await tx.booking.findMany({
      where: { resourceId: resource.id, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    await notifyMaintenance(tx, { id: block.id, resourceId: resource.id, startsAt, endsAt, reason: input.reason });
    await recordAudit(tx, { actorId: actor.id, action: 'maintenance.create', entityType: 'Resource', entityId: resource.id, after: { blockId: block.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason: input.reason } });
    return ok({ id: block.id, affected: affected.map((b) => b.id) });
  });
}

export async function deleteMaintenance(actor: Actor, input: { blockId: string }) {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const block = await tx.maintenanceBlock.findUnique({ where: { id: input.blockId }, select: { resourceId: true, startsAt: true, endsAt: true, reason: true } });
    const { count } = await tx.maintenanceBlock.deleteMany({ where: { id: input.blockId } });
    if (!block || !count) throw new Rollback(fail('NOT_FOUND', 'maintenanceNotFound'));
    await recordAudit(tx, { actorId: actor.id, action: 'maintenance.delete', entityType: 'Resource', entityId: block.resourceId, before: { blockId: input.blockId, startsAt: block.startsAt.toISOString(), endsAt: block.endsAt.toISOString(), reason: block.reason } });
    return ok();
  });
}

export async function createCertification(actor: Actor, input: { name: string; description: string }) {
  assertCan(actor, 'space:operate');
  // The unique name decides, not a read before the write: two operators adding the same name
  // at once get one certification and one field error.
  try {
    return ok(
      await db.$transaction(async (tx) => {
        const cert = await tx.certification.create({ data: input, select: { id: true } });
        await recordAudit(tx, { actorId: actor.id, action: 'certification.create', entityType: 'Certification', entityId: cert.id, after: input });
        return cert;
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail('CONFLICT', 'certificationExists', { name: ['certificationExists'] });
    throw error;
  }
}

export async function grantCertification(actor: Actor, input: { certificationId: string; email: string }) {
  assertCan(actor, 'space:operate');
  const [user, cert] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } }),
    db.certification.findUnique({ where: { id: input.certificationId }, select: { id: true, name: true } }),
  ]);
  if (!user) return fail('NOT_FOUND', 'userNotFound');
  if (!cert) return fail('NOT_FOUND', 'certificationNotFound');
  return db.$transaction(async (tx) => {
    const { count } = await tx.userCertification.createMany({ data: [{ userId: user.id, certificationId: cert.id, grantedById: actor.id }], skipDuplicates: true });
    if (count) await recordAudit(tx, { actorId: actor.id, action: 'certification.grant', entityType: 'User', entityId: user.id, before: { certification: null }, after: { certificationId: cert.id, certification: cert.name } });
    return ok({ userId: user.id, name: user.name });
  });
}

export async function revokeCertification(actor: Actor, input: { certificationId: string; userId: string }) {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const { count } = await tx.userCertification.deleteMany({ where: { userId: input.userId, certificationId: input.certificationId } });
    if (!count) throw new Rollback(fail('NOT_FOUND', 'certificationNotHeld'));
    const cert = await tx.certification.findUnique({ where: { id: input.certificationId }, select: { name: true } });
    await recordAudit(tx, { actorId: actor.id, action: 'certification.revoke', entityType: 'User', entityId: input.userId, before: { certificationId: input.certificationId, certification: cert?.name ?? null }, after: { certification: null } });
    return ok();
  });
}

/** The secret of the member's iCalendar feed, created on first use. */
export async function ensureCalendarFeedToken(actor: Actor): Promise<string> {
  const existing = await db.calendarFeed.findUnique({ where: { userId: actor.id } });
  if (existing) return existing.token;
  const token = randomBytes(24).toString('base64url');
  await db.calendarFeed.createMany({ data: [{ userId: actor.id, token }], skipDuplicates: true });
  return (await db.calendarFeed.findUniqueOrThrow({ where: { userId: actor.id } })).token;
}

// ---- Operator: opening hours and closures ---------------------------------------------------

export async function updateOpeningHours(actor: Actor, input: { spaceId: string } & Record<string, string>) {
  assertCan(actor, 'space:operate');
  const hours: OpeningHours = Array.from({ length: 7 }, (_, i) => (input[`open_${i}`] && input[`close_${i}`] ? { open: input[`open_${i}`], close: input[`close_${i}`] } : null));
  return inTransaction(async (tx) => {
    const before = await tx.space.findUnique({ where: { id: input.spaceId }, select: { openingHours: true } });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'spaceNotFound'));
    await tx.space.update({ where: { id: input.spaceId }, data: { openingHours: hours } });
    await recordAudit(tx, { actorId: actor.id, action: 'space.openingHours', entityType: 'Space', entityId: input.spaceId, before: before.openingHours ?? [], after: hours });
    return ok();
  });
}

export async function addClosure(actor: Actor, input: { spaceId: string; startDate: string; endDate: string; reason: string }) {
  assertCan(actor, 'space:operate');
  const space = await db.space.findUnique({ where: { id: input.spaceId }, select: { id: true } });
  if (!space) return fail('NOT_FOUND', 'spaceNotFound');
  const closure = await db.$transaction(async (tx) => {
    const row = await tx.spaceClosure.create({
      data: { spaceId: space.id, startDate: new Date(`${input.startDate}T00:00:00Z`), endDate: new Date(`${input.endDate}T00:00:00Z`), reason: input.reason },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'space.closure.create', entityType: 'Space', entityId: space.id, after: { closureId: row.id, startDate: input.startDate, endDate: input.endDate, reason: input.reason } });
    return row;
  });
  return ok(closure);
}

export async function deleteClosure(actor: Actor, input: { closureId: string }) {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const closure = await tx.spaceClosure.findUnique({ where: { id: input.closureId }, select: { spaceId: true, startDate: true, endDate: true, reason: true } });
    const { count } = await tx.spaceClosure.deleteMany({ where: { id: input.closureId } });
    if (!closure || !count) throw new Rollback(fail('NOT_FOUND', 'closureNotFound'));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    await recordAudit(tx, { actorId: actor.id, action: 'space.closure.delete', entityType: 'Space', entityId: closure.spaceId, before: { closureId: input.closureId, startDate: day(closure.startDate), endDate: day(closure.endDate), reason: closure.reason } });
    return ok();
  });
}
