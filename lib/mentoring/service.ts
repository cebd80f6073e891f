import 'server-only';
import { db } from '@/lib/db';
import { assertCan, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { projectAccess } from '@/lib/projects/queries';
import { isUniqueViolation, sqlState } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { sourcesOf } from '@/lib/state-machine';
import { BOOKING_HORIZON_DAYS, canCancelSession, canReview, MENTORSHIP_TRANSITIONS, SESSION_TRANSITIONS } from './policy';
import { matchingOfficeHour, parseLocalDateTime } from './time';
import type { BookingInput } from './schemas';
import { notifyMentorshipDecided, notifyMentorshipRequested, notifySessionBooked, notifySessionCancelled } from './notifications';

export async function saveMentorProfile(actor: Actor, input: { expertise: string[]; offer: string }): Promise<ActionResult> {
  assertCan(actor, 'mentoring:offer');
  await db.mentorProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...input }, update: input });
  return ok();
}

export async function addOfficeHour(actor: Actor, input: { weekday: number; start: number; end: number; location?: string }): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'mentoring:offer');
  const hour = await db.officeHour.create({ data: { mentorId: actor.id, weekday: input.weekday, startMinute: input.start, endMinute: input.end, location: input.location ?? '' }, select: { id: true } });
  return ok(hour);
}

/** A date the weekly hours do not apply (travel, holiday); sessions already booked stay. */
export async function addDayOff(actor: Actor, day: string): Promise<ActionResult> {
  assertCan(actor, 'mentoring:offer');
  await db.mentorDayOff.createMany({ data: [{ mentorId: actor.id, day }], skipDuplicates: true });
  return ok();
}

export async function removeDayOff(actor: Actor, day: string): Promise<ActionResult> {
  assertCan(actor, 'mentoring:offer');
  const { count } = await db.mentorDayOff.deleteMany({ where: { mentorId: actor.id, day } });
  return count ? ok() : fail('NOT_FOUND', 'dayOffNotFound');
}

async function daysOffOf(mentorId: string): Promise<Set<string>> {
  return new Set((await db.mentorDayOff.findMany({ where: { mentorId }, select: { day: true } })).map((d) => d.day));
}

export async function removeOfficeHour(actor: Actor, officeHourId: string): Promise<ActionResult> {
  assertCan(actor, 'mentoring:offer');
  const { count } = await db.officeHour.deleteMany({ where: { id: officeHourId, mentorId: actor.id } });
  return count ? ok() : fail('NOT_FOUND', 'officeHourNotFound');
}

/** A project owner asks a mentor; one open request or mentorship per pair (partial unique index). */
export async function requestMentorship(actor: Actor, input: { mentorId: string; projectId: string; message: string }): Promise<ActionResult<{ id: string }>> {
  // A project the actor may not see is not found; one they see but do not own is forbidden.
  const access = await projectAccess(actor, input.projectId);
  if (access === 'none') return fail('NOT_FOUND', 'projectNotFound');
  if (access !== 'OWNER') throw new ForbiddenError('project:manage-own');
  const mentor = await db.userRole.count({ where: { userId: input.mentorId, role: 'MENTOR' } });
  if (!mentor) return fail('NOT_FOUND', 'mentorNotFound');
  if (input.mentorId === actor.id) return fail('INVALID_TARGET', 'mentorIsSelf');
  try {
    const mentorship = await db.$transaction(async (tx) => {
      const created = await tx.mentorship.create({ data: { ...input, requestedById: actor.id }, select: { id: true } });
      await notifyMentorshipRequested(tx, created.id);
      return created;
    });
    return ok(mentorship);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('MENTORSHIP_EXISTS', 'mentorshipExists');
    throw error;
  }
}

export async function respondToMentorship(actor: Actor, input: { mentorshipId: string; accept: boolean; message: string }): Promise<ActionResult> {
  assertCan(actor, 'mentoring:offer');
  const count = await db.$transaction(async (tx) => {
    const r = await tx.mentorship.updateMany({
      where: { id: input.mentorshipId, mentorId: actor.id, status: { in: sourcesOf(MENTORSHIP_TRANSITIONS, input.accept ? 'ACTIVE' : 'DECLINED') } },
      data: { status: input.accept ? 'ACTIVE' : 'DECLINED', respondedAt: new Date(), ...(input.message ? { responseMessage: input.message } : {}) },
    });
    if (r.count) await notifyMentorshipDecided(tx, input.mentorshipId, input.accept, input.message);
    return r.count;
  });
  if (count) return ok();
  const exists = await db.mentorship.count({ where: { id: input.mentorshipId, mentorId: actor.id } });
  return exists ? fail('STATE_CHANGED', 'mentorshipStateChanged') : fail('NOT_FOUND', 'mentorshipNotFound');
}

/** Where the actor is on a mentorship: its mentor, or a member of its project's team. */
function partyWhere(actor: Actor) {
  return { OR: [{ mentorId: actor.id }, { project: { members: { some: { userId: actor.id } } } }] };
}

/** Either side ends an active mentorship; its future sessions are cancelled with it. */
export async function endMentorship(actor: Actor, mentorshipId: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const { count } = await tx.mentorship.updateMany({ where: { AND: [{ id: mentorshipId, status: { in: sourcesOf(MENTORSHIP_TRANSITIONS, 'ENDED') } }, partyWhere(actor)] }, data: { status: 'ENDED', endedAt: new Date() } });
    if (count === 0) throw new Rollback(fail('NOT_FOUND', 'mentorshipNotFound'));
    await tx.mentoringSession.updateMany({ where: { mentorshipId, status: { in: sourcesOf(SESSION_TRANSITIONS, 'CANCELLED') }, startsAt: { gt: new Date() } }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
    return ok();
  });
}

/**
 * A mentee books a session inside the mentor's weekly office hours (the space's clock). Overlap
 * with another session of the same mentor is refused by the database trigger (23P01), which
 * also serialises parallel bookings of one slot.
 */
export async function bookSession(actor: Actor, input: BookingInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  const mentorship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, status: 'ACTIVE', project: { members: { some: { userId: actor.id } } } },
    select: { id: true, mentorId: true, mentor: { select: { officeHours: { select: { weekday: true, startMinute: true, endMinute: true, location: true } } } } },
  });
  if (!mentorship) return fail('NOT_FOUND', 'mentorshipNotFound');
  const slot = await checkSlot(mentorship.mentorId, mentorship.mentor.officeHours, input, now);
  if (!slot.ok) return slot;
  const { startsAt, endsAt, location } = slot.data;
  try {
    return await inTransaction(async (tx) => {
      // Ending a mentorship updates its row and then cancels the future sessions. The session's
      // foreign key alone does not wait for that update, so a session could land after the
      // cancelling and stay booked on an ENDED mentorship. A share lock on the ACTIVE row waits
      // for a running end (then finds it ENDED) or makes the end wait for this session, which
      // it then cancels. Parallel bookings share the lock; the mentor's trigger orders them.
      const active = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Mentorship" WHERE id = ${mentorship.id} AND status = 'ACTIVE' FOR SHARE`;
      if (active.length === 0) throw new Rollback(fail('NOT_FOUND', 'mentorshipNotFound'));
      const session = await tx.mentoringSession.create({
        data: { mentorshipId: mentorship.id, mentorId: mentorship.mentorId, bookedById: actor.id, startsAt, endsAt, topic: input.topic, location },
        select: { id: true },
      });
      await notifySessionBooked(tx, session.id);
      return ok(session);
    });
  } catch (error) {
    if (sqlState(error) === '23P01') return fail('SLOT_TAKEN', 'slotTaken');
    throw error;
  }
}

/** A wished start, checked against the horizon, the weekly hours and the days off. */
async function checkSlot(
  mentorId: string,
  hours: { weekday: number; startMinute: number; endMinute: number; location: string }[],
  input: { startsAt: string; minutes: number },
  now: Date,
): Promise<ActionResult<{ startsAt: Date; endsAt: Date; location: string }>> {
  const startsAt = parseLocalDateTime(input.startsAt);
  if (!startsAt) return fail('VALIDATION_FAILED', 'validation', { startsAt: ['dateInvalid'] });
  const endsAt = new Date(startsAt.getTime() + input.minutes * 60_000);
  if (startsAt <= now || startsAt.getTime() > now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000) return fail('OUTSIDE_OFFICE_HOURS', 'sessionOutsideHorizon');
  const hour = matchingOfficeHour(hours, startsAt, endsAt, await daysOffOf(mentorId));
  if (!hour) return fail('OUTSIDE_OFFICE_HOURS', 'outsideOfficeHours');
  return ok({ startsAt, endsAt, location: hour.location });
}

/**
 * The mentee moves a booked session that has not started to another free slot of the same
 * mentor. One conditional update: the overlap trigger refuses a taken slot (the session's own
 * old time does not count against it), and a session cancelled meanwhile is not moved.
 */
export async function rescheduleSession(actor: Actor, input: { sessionId: string; startsAt: string; minutes: number }, now = new Date()): Promise<ActionResult<{ id: string }>> {
  const session = await db.mentoringSession.findFirst({
    where: { id: input.sessionId, mentorship: { status: 'ACTIVE', project: { members: { some: { userId: actor.id } } } } },
    select: { id: true, status: true, startsAt: true, mentorId: true, mentor: { select: { officeHours: { select: { weekday: true, startMinute: true, endMinute: true, location: true } } } } },
  });
  if (!session) return fail('NOT_FOUND', 'sessionNotFound');
  if (!canCancelSession(session, now)) return fail('STATE_CHANGED', 'sessionNotCancellable');
  const slot = await checkSlot(session.mentorId, session.mentor.officeHours, input, now);
  if (!slot.ok) return slot;
  try {
    return await inTransaction(async (tx) => {
      const { count } = await tx.mentoringSession.updateMany({
        where: { id: session.id, status: 'BOOKED', startsAt: { gt: now } },
        data: { startsAt: slot.data.startsAt, endsAt: slot.data.endsAt, location: slot.data.location },
      });
      if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'sessionNotCancellable'));
      await notifySessionBooked(tx, session.id, slot.data.startsAt.toISOString());
      return ok({ id: session.id });
    });
  } catch (error) {
    if (sqlState(error) === '23P01') return fail('SLOT_TAKEN', 'slotTaken');
    throw error;
  }
}

async function findSessionAsParty(actor: Actor, sessionId: string) {
  const session = await db.mentoringSession.findFirst({
    where: { id: sessionId, mentorship: partyWhere(actor) },
    select: { id: true, status: true, startsAt: true, endsAt: true, mentorId: true },
  });
  return session ? { ...session, side: session.mentorId === actor.id ? ('mentor' as const) : ('mentee' as const) } : null;
}

export async function cancelSession(actor: Actor, sessionId: string, now = new Date()): Promise<ActionResult> {
  const session = await findSessionAsParty(actor, sessionId);
  if (!session) return fail('NOT_FOUND', 'sessionNotFound');
  if (!canCancelSession(session, now)) return fail('STATE_CHANGED', 'sessionNotCancellable');
  const count = await db.$transaction(async (tx) => {
    const r = await tx.mentoringSession.updateMany({ where: { id: sessionId, status: { in: sourcesOf(SESSION_TRANSITIONS, 'CANCELLED') }, startsAt: { gt: now } }, data: { status: 'CANCELLED', cancelledAt: now } });
    if (r.count) await notifySessionCancelled(tx, sessionId, actor.id);
    return r.count;
  });
  return count ? ok() : fail('STATE_CHANGED', 'sessionNotCancellable');
}

/** After the session each side keeps its own note. */
export async function writeSessionNote(actor: Actor, input: { sessionId: string; note: string }, now = new Date()): Promise<ActionResult> {
  const session = await findSessionAsParty(actor, input.sessionId);
  if (!session) return fail('NOT_FOUND', 'sessionNotFound');
  if (!canReview(session, now)) return fail('SESSION_NOT_OVER', 'sessionNotOver');
  await db.mentoringSession.update({ where: { id: session.id }, data: session.side === 'mentor' ? { mentorNote: input.note } : { menteeNote: input.note } });
  return ok();
}

/** The mentee rates the session 1-5 once it is over. */
export async function rateSession(actor: Actor, input: { sessionId: string; rating: number; feedback: string }, now = new Date()): Promise<ActionResult> {
  const session = await findSessionAsParty(actor, input.sessionId);
  if (!session) return fail('NOT_FOUND', 'sessionNotFound');
  // The mentor sees the session but does not rate their own.
  if (session.side !== 'mentee') throw new ForbiddenError('mentoring:rate');
  if (!canReview(session, now)) return fail('SESSION_NOT_OVER', 'sessionNotOver');
  await db.mentoringSession.update({ where: { id: session.id }, data: { rating: input.rating, feedback: input.feedback || null } });
  return ok();
}
