import 'server-only';
import { createId } from '@paralleldrive/cuid2';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { zonedInstant } from '@/lib/bookings/time';
import { isUniqueViolation, sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { sourcesOf } from '@/lib/state-machine';
import { canMarkAttendance, DEFAULT_TIME_ZONE, EVENT_TRANSITIONS, isEditable, REGISTRATION_TRANSITIONS } from './policy';
import type { EventInput, UpdateEventInput } from './schemas';
import { notifyEventCancelled, notifyEventRegistered } from './notifications';
import { offerFreeSeats, releaseSeat, SEAT_TRANSACTION } from './waitlist-service';


const local = (v: string, tz: string) => zonedInstant(v.slice(0, 10), v.slice(11, 16), tz);

/**
 * Turns the form's wall-clock times into instants on the chosen space's clock and checks the
 * references the form names (space, certification). Field errors, never a foreign-key 500.
 */
async function resolveInput(input: EventInput) {
  const space = input.spaceId ? await db.space.findUnique({ where: { id: input.spaceId }, select: { id: true, timeZone: true } }) : null;
  if (input.spaceId && !space) return fail('VALIDATION_FAILED', 'validation', { spaceId: ['eventSpaceRequired'] });
  if (input.certificationId && !(await db.certification.findUnique({ where: { id: input.certificationId }, select: { id: true } }))) {
    return fail('VALIDATION_FAILED', 'validation', { certificationId: ['eventCertificationInvalid'] });
  }
  const tz = space?.timeZone ?? DEFAULT_TIME_ZONE;
  const startsAt = local(input.startsAt, tz);
  const endsAt = local(input.endsAt, tz);
  if (endsAt <= startsAt) return fail('VALIDATION_FAILED', 'validation', { endsAt: ['endBeforeStart'] });
  return ok({
    spaceId: space?.id ?? null,
    title: input.title,
    summary: input.summary,
    description: input.description,
    kind: input.kind,
    format: input.format,
    location: input.location,
    startsAt,
    endsAt,
    capacity: input.capacity,
    certificationId: input.kind === 'TRAINING' && input.certificationId ? input.certificationId : null,
  });
}

const auditView = (e: { title: string; status?: string; startsAt: Date; endsAt: Date; capacity: number | null }) => ({
  title: e.title,
  ...(e.status ? { status: e.status } : {}),
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
  capacity: e.capacity,
});

/** An operator creates an event; the creator is its organizer. */
export async function createEvent(actor: Actor, input: EventInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'event:manage');
  const resolved = await resolveInput(input);
  if (!resolved.ok) return resolved;
  const data = resolved.data;
  if (data.startsAt <= now) return fail('VALIDATION_FAILED', 'validation', { startsAt: ['eventStartsInPast'] });
  return db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...data, organizerId: actor.id, status: input.publish ? 'PUBLISHED' : 'DRAFT', ...(input.publish ? { publishedAt: now } : {}) },
      select: { id: true, status: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'event.create', entityType: 'Event', entityId: event.id, after: auditView({ ...data, status: event.status }) });
    return ok({ id: event.id });
  });
}

/** Edits a draft or published event until it ends; the capacity never drops below the seats taken. */
export async function updateEvent(actor: Actor, input: UpdateEventInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'event:manage');
  const resolved = await resolveInput(input);
  if (!resolved.ok) return resolved;
  const data = resolved.data;
  return inTransaction(async (tx) => {
    // Locked so a registration cannot slip in between the capacity check and the update.
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${input.eventId} FOR UPDATE`;
    const before = await tx.event.findUnique({ where: { id: input.eventId }, select: { title: true, status: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true } });
    if (!before) return fail('NOT_FOUND', 'eventNotFound');
    if (!isEditable(before, now)) return fail('EVENT_NOT_EDITABLE', 'eventNotEditable');
    if (data.capacity !== null && data.capacity < before.seatsTaken) {
      return fail('VALIDATION_FAILED', 'validation', { capacity: [`eventCapacityBelowTaken`] });
    }
    if (before.status === 'DRAFT' && data.startsAt <= now) return fail('VALIDATION_FAILED', 'validation', { startsAt: ['eventStartsInPast'] });
    await tx.event.update({ where: { id: input.eventId }, data });
    // A raised capacity goes to the people waiting first.
    await offerFreeSeats(tx, input.eventId, now);
    await recordAudit(tx, { actorId: actor.id, action: 'event.update', entityType: 'Event', entityId: input.eventId, before: auditView(before), after: auditView(data) });
    return ok({ id: input.eventId });
  });
}

export async function publishEvent(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'event:manage');
  const event = await db.event.findUnique({ where: { id: eventId }, select: { startsAt: true } });
  if (!event) return fail('NOT_FOUND', 'eventNotFound');
  if (event.startsAt <= now) return fail('EVENT_STARTED', 'eventAlreadyStarted');
  return inTransaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { id: eventId, status: { in: sourcesOf(EVENT_TRANSITIONS, 'PUBLISHED') }, startsAt: { gt: now } }, data: { status: 'PUBLISHED', publishedAt: now } });
    if (!count) throw new Rollback(fail('STATE_CHANGED', 'eventStateChanged'));
    await recordAudit(tx, { actorId: actor.id, action: 'event.publish', entityType: 'Event', entityId: eventId, before: { status: 'DRAFT' }, after: { status: 'PUBLISHED' } });
    return ok();
  });
}

/** Cancels a draft or published event with a reason every registrant sees (page and notification). */
export async function cancelEvent(actor: Actor, input: { eventId: string; reason: string }, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'event:manage');
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: { id: true, title: true, status: true, endsAt: true } });
  if (!event) return fail('NOT_FOUND', 'eventNotFound');
  if (event.endsAt <= now) return fail('EVENT_NOT_EDITABLE', 'eventNotEditable');
  return inTransaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id: event.id, status: { in: sourcesOf(EVENT_TRANSITIONS, 'CANCELLED') } },
      data: { status: 'CANCELLED', cancelReason: input.reason, cancelledAt: now },
    });
    if (!count) throw new Rollback(fail('STATE_CHANGED', 'eventStateChanged'));
    await recordAudit(tx, { actorId: actor.id, action: 'event.cancel', entityType: 'Event', entityId: event.id, before: { status: event.status }, after: { status: 'CANCELLED', reason: input.reason } });
    await notifyEventCancelled(tx, event, input.reason);
    return ok();
  });
}

/**
 * Takes a seat and writes the registration in one statement: the conditional UPDATE is the
 * whole guard (it waits on the event row, then re-checks the count), so however many members
 * press the button at once, at most `capacity` rows are written. A duplicate fails the partial
 * unique index, which rolls the seat back with the statement.
 */
export async function registerForEvent(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'event:register');
  const existing = await db.eventRegistration.findFirst({ where: { eventId, userId: actor.id, status: { not: 'CANCELLED' } }, select: { id: true } });
  if (existing) return fail('ALREADY_REGISTERED', 'alreadyRegistered');
  let rows: { id: string }[];
  try {
    rows = await db.$transaction(async (tx) => {
      const taken = await tx.$queryRaw<{ id: string }[]>`
      WITH seat AS (
        UPDATE "Event" SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now()
        WHERE id = ${eventId} AND "status" = 'PUBLISHED' AND "startsAt" > ${now}
          AND ("capacity" IS NULL OR "seatsTaken" < "capacity")
        RETURNING id
      )
      INSERT INTO "EventRegistration" (id, "eventId", "userId", "status", "createdAt", "updatedAt")
      SELECT ${createId()}, seat.id, ${actor.id}, 'REGISTERED'::"EventRegistrationStatus", now(), now() FROM seat
      RETURNING id`;
      if (taken.length) await notifyEventRegistered(tx, taken[0].id);
      return taken;
    });
  } catch (error) {
    if (isUniqueViolation(error) || sqlState(error) === '23505') return fail('ALREADY_REGISTERED', 'alreadyRegistered');
    throw error;
  }
  if (rows.length) return ok({ id: rows[0].id });
  const event = await db.event.findUnique({ where: { id: eventId }, select: { status: true, startsAt: true } });
  if (!event || event.status === 'DRAFT') return fail('NOT_FOUND', 'eventNotFound');
  if (event.status === 'CANCELLED') return fail('EVENT_CANCELLED', 'eventCancelled');
  if (event.startsAt <= now) return fail('REGISTRATION_CLOSED', 'registrationClosed');
  return fail('EVENT_FULL', 'eventFull');
}

/** The member withdraws before the event starts; the seat goes back (or to the waitlist) in the same transaction. */
export async function cancelRegistration(actor: Actor, eventId: string, now = new Date()): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const reg = await tx.eventRegistration.findFirst({
      where: { eventId, userId: actor.id, status: { not: 'CANCELLED' } },
      select: { id: true, status: true, event: { select: { startsAt: true } } },
    });
    if (!reg) throw new Rollback(fail('NOT_REGISTERED', 'notRegistered'));
    if (reg.status !== 'REGISTERED') throw new Rollback(fail('STATE_CHANGED', 'registrationStateChanged'));
    if (reg.event.startsAt <= now) throw new Rollback(fail('REGISTRATION_CLOSED', 'registrationCancelClosed'));
    const { count } = await tx.eventRegistration.updateMany({ where: { id: reg.id, status: { in: sourcesOf(REGISTRATION_TRANSITIONS, 'CANCELLED', ['REGISTERED']) } }, data: { status: 'CANCELLED', cancelledAt: now } });
    if (!count) throw new Rollback(fail('STATE_CHANGED', 'registrationStateChanged'));
    // The seat goes to the first person waiting (held as an offer) before anyone else sees it free.
    await releaseSeat(tx, eventId, now);
    return ok();
  }, SEAT_TRANSACTION);
}

/**
 * Roll call: an operator marks a registrant as attended, from the event's local day on. A training
 * linked to a certification grants it in the same transaction (the certification bookings require).
 */
export async function markAttendance(actor: Actor, registrationId: string, now = new Date()): Promise<ActionResult<{ name: string; certified: boolean }>> {
  assertCan(actor, 'event:manage');
  return inTransaction(async (tx) => {
    const reg = await tx.eventRegistration.findUnique({
      where: { id: registrationId },
      select: {
        id: true,
        status: true,
        userId: true,
        user: { select: { name: true } },
        event: { select: { id: true, title: true, status: true, startsAt: true, kind: true, certificationId: true, space: { select: { timeZone: true } } } },
      },
    });
    if (!reg) throw new Rollback(fail('NOT_FOUND', 'registrationNotFound'));
    const tz = reg.event.space?.timeZone ?? DEFAULT_TIME_ZONE;
    if (reg.status !== 'REGISTERED') throw new Rollback(fail('STATE_CHANGED', 'registrationStateChanged'));
    if (!canMarkAttendance(reg.event, reg, tz, now)) throw new Rollback(fail('ATTENDANCE_NOT_OPEN', 'attendanceNotOpen'));
    const { count } = await tx.eventRegistration.updateMany({ where: { id: reg.id, status: { in: sourcesOf(REGISTRATION_TRANSITIONS, 'ATTENDED') } }, data: { status: 'ATTENDED', attendedAt: now, markedById: actor.id } });
    if (!count) throw new Rollback(fail('STATE_CHANGED', 'registrationStateChanged'));
    let certified = false;
    if (reg.event.kind === 'TRAINING' && reg.event.certificationId) {
      const granted = await tx.userCertification.createMany({ data: [{ userId: reg.userId, certificationId: reg.event.certificationId, grantedById: actor.id }], skipDuplicates: true });
      certified = granted.count > 0;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'event.attendance',
      entityType: 'EventRegistration',
      entityId: reg.id,
      before: { status: 'REGISTERED' },
      after: { status: 'ATTENDED', eventId: reg.event.id, userId: reg.userId, ...(certified ? { certificationId: reg.event.certificationId } : {}) },
    });
    return ok({ name: reg.user.name, certified });
  });
}
