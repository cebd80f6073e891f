import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { fail, ok, type ActionResult } from '@/lib/result';
import { ACTIVE_STATUSES, checkTimeRules } from './rules';
import { createBooking, type CreatedBooking } from './service';
import { addDays, localDateKey, localMinutes, MINUTE, zonedInstant, type OpeningHours } from './time';

/**
 * "帮我选一个" / "Pick one for me": the member gives a date and a time range (or a duration in
 * hours), the server proposes one hot desk, the member confirms, and the booking is made by
 * `createBooking` like any other (the overlap trigger keeps double booking impossible).
 *
 * The choice rule: among the space's active hot desks (in the zone, when one is asked for) that
 * the member may book, whose own rules accept the range (opening hours, notice, horizon, slot,
 * length) and that are free for the whole range (no active booking, its buffer included, and no
 * maintenance): the one with the fewest active or finished bookings that local day, so use
 * spreads over the room; ties go to the name, then the id, so the same question gets the same
 * answer.
 */
export type DeskRange = { spaceId: string; zone: string; date: string; start: string; end?: string; hours?: number };
export type DeskProposal = { resourceId: string; resourceName: string; zone: string; startsAt: Date; endsAt: Date; durationMinutes: number; timeZone: string };

/** The range as instants on the space's clock; null when it is empty or backwards. */
function rangeOf(range: DeskRange, tz: string): { startsAt: Date; endsAt: Date } | null {
  const startsAt = zonedInstant(range.date, range.start, tz);
  const endsAt = range.end ? zonedInstant(range.date, range.end, tz) : new Date(startsAt.getTime() + Math.round((range.hours ?? 0) * 60) * MINUTE);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt) return null;
  return { startsAt, endsAt };
}

export async function proposeDesk(actor: Actor, range: DeskRange, opts: { exclude?: readonly string[]; now?: Date } = {}): Promise<ActionResult<DeskProposal>> {
  const now = opts.now ?? new Date();
  const space = await db.space.findUnique({ where: { id: range.spaceId }, include: { closures: true } });
  if (!space) return fail('NOT_FOUND', 'spaceNotFound');
  const tz = space.timeZone;
  const when = rangeOf(range, tz);
  if (!when) return fail('INVALID_RANGE', 'bookingRangeInvalid');
  const { startsAt, endsAt } = when;
  const durationMinutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;

  const desks = await db.resource.findMany({
    where: {
      spaceId: space.id,
      kind: 'HOT_DESK',
      active: true,
      ...(range.zone ? { zone: range.zone } : {}),
      ...(opts.exclude?.length ? { id: { notIn: [...opts.exclude] } } : {}),
      // A desk behind a certification the member lacks would be refused at the last step.
      OR: [{ requiredCertificationId: null }, { requiredCertification: { holders: { some: { userId: actor.id } } } }],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  if (desks.length === 0) return fail('NO_DESK_FREE', 'noDeskFree');

  const spaceRules = { timeZone: tz, openingHours: space.openingHours as OpeningHours, closures: space.closures };
  const maxBuffer = Math.max(...desks.map((d) => d.bufferMinutes)) * MINUTE;
  const day = localDateKey(startsAt, tz);
  const dayStart = zonedInstant(day, '00:00', tz);
  const dayEnd = zonedInstant(addDays(day, 1), '00:00', tz);
  const ids = desks.map((d) => d.id);
  const [clashes, blocks, ofTheDay] = await Promise.all([
    db.booking.findMany({
      where: { resourceId: { in: ids }, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: new Date(endsAt.getTime() + maxBuffer) }, blockedUntil: { gt: startsAt } },
      select: { resourceId: true, startsAt: true, blockedUntil: true },
    }),
    db.maintenanceBlock.findMany({ where: { resourceId: { in: ids }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } }, select: { resourceId: true } }),
    db.booking.groupBy({
      by: ['resourceId'],
      where: { resourceId: { in: ids }, status: { in: [...ACTIVE_STATUSES, 'COMPLETED'] }, startsAt: { gte: dayStart, lt: dayEnd } },
      _count: { _all: true },
    }),
  ]);
  const load = new Map(ofTheDay.map((g) => [g.resourceId, g._count._all]));
  const underMaintenance = new Set(blocks.map((b) => b.resourceId));

  const broken = new Map(desks.map((desk) => [desk.id, checkTimeRules({ resource: desk, space: spaceRules, startsAt, endsAt, now, maintenance: [] })]));
  const free = desks.filter((desk) => {
    if (broken.get(desk.id) || underMaintenance.has(desk.id)) return false;
    // The new booking would hold the desk until its end plus the desk's buffer (as the trigger sees it).
    const heldUntil = new Date(endsAt.getTime() + desk.bufferMinutes * MINUTE);
    return !clashes.some((b) => b.resourceId === desk.id && b.startsAt < heldUntil && startsAt < b.blockedUntil);
  });
  if (free.length === 0) {
    // Every desk refused the range itself (closed, too short, too far ahead): say why, not "all taken".
    const first = broken.get(desks[0].id);
    if (first && desks.every((desk) => broken.get(desk.id))) return fail(first.code, first.message);
    return fail('NO_DESK_FREE', 'noDeskFreeInRange');
  }
  // Stable: desks are already in (name, id) order and Array#sort is stable.
  const [best] = [...free].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0));
  return ok({ resourceId: best.id, resourceName: best.name, zone: best.zone, startsAt, endsAt, durationMinutes, timeZone: tz });
}

export type DeskConfirmation =
  | { booked: true; booking: CreatedBooking; resourceName: string }
  /** The proposed desk was taken meanwhile: here is another for the same range. */
  | { booked: false; proposal: DeskProposal };

/**
 * The member confirms a proposal. The booking goes through `createBooking` (same rules, same
 * lock, same trigger). If the desk was taken meanwhile, the answer proposes another desk for the
 * same range, or refuses with NO_DESK_FREE when none is left.
 */
export async function confirmDesk(
  actor: Actor,
  input: { spaceId: string; zone: string; resourceId: string; startsAt: Date; durationMinutes: number; exclude?: readonly string[] },
  now = new Date(),
): Promise<ActionResult<DeskConfirmation>> {
  const desk = await db.resource.findFirst({ where: { id: input.resourceId, spaceId: input.spaceId, kind: 'HOT_DESK' }, select: { id: true, name: true, space: { select: { timeZone: true } } } });
  if (!desk) return fail('NOT_FOUND', 'resourceNotFound');
  const made = await createBooking(actor, { resourceId: desk.id, startsAt: input.startsAt, durationMinutes: input.durationMinutes }, now);
  if (made.ok) return ok({ booked: true, booking: made.data, resourceName: desk.name });
  if (made.code !== 'SLOT_TAKEN' && made.code !== 'UNDER_MAINTENANCE') return made;

  const tz = desk.space.timeZone;
  const end = new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE);
  const again = await proposeDesk(
    actor,
    { spaceId: input.spaceId, zone: input.zone, date: localDateKey(input.startsAt, tz), start: hhmm(input.startsAt, tz), hours: input.durationMinutes / 60 },
    { exclude: [...(input.exclude ?? []), desk.id], now },
  );
  if (again.ok && again.data.endsAt.getTime() === end.getTime()) return ok({ booked: false, proposal: again.data });
  return fail('NO_DESK_FREE', 'deskTakenNoOther');
}

function hhmm(instant: Date, tz: string): string {
  const minutes = localMinutes(instant, tz);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
