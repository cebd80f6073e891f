import { cache } from 'react';
import 'server-only';
import { db } from '@/lib/db';
import { zoneOf } from '@/lib/time';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ResourceKind } from '@/lib/generated/prisma/enums';
import { ACTIVE_STATUSES, checkTimeRules } from './rules';
import { NO_SHOW_AFTER_MINUTES } from './policy';
import { addDays, localDateKey, localMinutes, MINUTE, mondayOf, openingWindow, overlaps, subtractIntervals, toLocalIso, zonedInstant, type OpeningHours } from './time';
import { findNextTraining } from '@/lib/events/queries';

export async function listSpaces() {
  return db.space.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, name: true, address: true, timeZone: true } });
}

const resourceSelect = {
  id: true,
  kind: true,
  name: true,
  photoKey: true,
  description: true,
  zone: true,
  capacity: true,
  active: true,
  slotMinutes: true,
  minMinutes: true,
  maxMinutes: true,
  noticeMinutes: true,
  horizonDays: true,
  bufferMinutes: true,
  requiresApproval: true,
  weeklyQuotaHours: true,
  requiredCertification: { select: { id: true, name: true } },
  space: { select: { id: true, name: true, timeZone: true } },
} as const;

/**
 * Active resources for members, filtered by kind, zone and "free at" (a local time in the
 * space's zone: free means no active booking or maintenance covers that minute).
 */
export async function listResources(
  filter: { kind?: ResourceKind; zone?: string; freeAt?: string; freeDate?: string; freeFrom?: string; freeTo?: string; includeInactive?: boolean } = {},
) {
  const resources = await db.resource.findMany({
    where: {
      ...(filter.includeInactive ? {} : { active: true }),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.zone ? { zone: filter.zone } : {}),
    },
    orderBy: [{ kind: 'asc' }, { zone: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    select: resourceSelect,
  });
  if (resources.length === 0) return resources;
  if (filter.freeDate && filter.freeFrom && filter.freeTo && filter.freeTo > filter.freeFrom) {
    return keepFreeForRange(resources, filter.freeDate, filter.freeFrom, filter.freeTo);
  }
  if (!filter.freeAt) return resources;
  const busyIds = new Set<string>();
  const byZone = new Map<string, Date>();
  for (const r of resources) {
    const [d, t] = filter.freeAt.split('T');
    byZone.set(r.id, zonedInstant(d, t, r.space.timeZone));
  }
  const instants = [...byZone.values()];
  const min = new Date(Math.min(...instants.map(Number)));
  const max = new Date(Math.max(...instants.map(Number)) + MINUTE);
  const [bookings, blocks] = await Promise.all([
    db.booking.findMany({ where: { resourceId: { in: resources.map((r) => r.id) }, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: max }, blockedUntil: { gt: min } }, select: { resourceId: true, startsAt: true, blockedUntil: true } }),
    db.maintenanceBlock.findMany({ where: { resourceId: { in: resources.map((r) => r.id) }, startsAt: { lt: max }, endsAt: { gt: min } }, select: { resourceId: true, startsAt: true, endsAt: true } }),
  ]);
  for (const b of bookings) {
    const at = byZone.get(b.resourceId)!;
    if (b.startsAt <= at && at < b.blockedUntil) busyIds.add(b.resourceId);
  }
  for (const m of blocks) {
    const at = byZone.get(m.resourceId)!;
    if (m.startsAt <= at && at < m.endsAt) busyIds.add(m.resourceId);
  }
  const spaces = await db.space.findMany({ where: { id: { in: [...new Set(resources.map((r) => r.space.id))] } }, include: { closures: true } });
  return resources.filter((r) => {
    if (busyIds.has(r.id)) return false;
    const space = spaces.find((s) => s.id === r.space.id)!;
    const at = byZone.get(r.id)!;
    const window = openingWindow({ timeZone: space.timeZone, openingHours: space.openingHours as OpeningHours, closures: space.closures }, localDateKey(at, space.timeZone));
    return !!window && window.start <= at && at < window.end;
  });
}

/**
 * "Free tomorrow 13:00-17:00": the resources free for the whole range, read on each space's
 * clock: open all that time, and no active booking (with its buffer) or maintenance in it.
 */
async function keepFreeForRange<R extends { id: string; space: { id: string; timeZone: string } }>(resources: R[], date: string, from: string, to: string): Promise<R[]> {
  const range = new Map(resources.map((r) => [r.id, { start: zonedInstant(date, from, r.space.timeZone), end: zonedInstant(date, to, r.space.timeZone) }]));
  const min = new Date(Math.min(...[...range.values()].map((x) => x.start.getTime())));
  const max = new Date(Math.max(...[...range.values()].map((x) => x.end.getTime())));
  const ids = resources.map((r) => r.id);
  const [bookings, blocks, spaces] = await Promise.all([
    db.booking.findMany({ where: { resourceId: { in: ids }, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: max }, blockedUntil: { gt: min } }, select: { resourceId: true, startsAt: true, blockedUntil: true } }),
    db.maintenanceBlock.findMany({ where: { resourceId: { in: ids }, startsAt: { lt: max }, endsAt: { gt: min } }, select: { resourceId: true, startsAt: true, endsAt: true } }),
    db.space.findMany({ where: { id: { in: [...new Set(resources.map((r) => r.space.id))] } }, include: { closures: true } }),
  ]);
  return resources.filter((r) => {
    const { start, end } = range.get(r.id)!;
    if (bookings.some((b) => b.resourceId === r.id && overlaps(start, end, b.startsAt, b.blockedUntil))) return false;
    if (blocks.some((m) => m.resourceId === r.id && overlaps(start, end, m.startsAt, m.endsAt))) return false;
    const space = spaces.find((s) => s.id === r.space.id)!;
    const window = openingWindow({ timeZone: space.timeZone, openingHours: space.openingHours as OpeningHours, closures: space.closures }, date);
    return !!window && window.start <= start && end <= window.end;
  });
}

export async function listZones() {
  const rows = await db.resource.findMany({ where: { active: true, zone: { not: '' } }, distinct: ['zone'], select: { zone: true }, orderBy: { zone: 'asc' } });
  return rows.map((r) => r.zone);
}

// cache(): the layout and the page ask for the same row in one request.
export const getResource = cache(async function getResource(resourceId: string, opts: { includeInactive?: boolean } = {}) {
  return db.resource.findFirst({ where: { id: resourceId, ...(opts.includeInactive ? {} : { active: true }) }, select: resourceSelect });
});

export type SlotState = 'free' | 'busy' | 'mine' | 'closed' | 'past';
export type CalendarDay = { dateKey: string; closed: boolean; slots: { startsAt: string; state: SlotState }[] };

/**
 * A week of slots on one resource in the space's time zone. Other members' bookings show as
 * busy without names; the viewer's own show as "mine".
 */
export async function getWeekCalendar(actor: Actor, resourceId: string, weekOf: string | undefined, now = new Date()) {
  const resource = await db.resource.findFirst({ where: { id: resourceId, active: true }, include: { space: { include: { closures: true } } } });
  if (!resource) return null;
  const tz = resource.space.timeZone;
  const space = { timeZone: tz, openingHours: resource.space.openingHours as OpeningHours, closures: resource.space.closures };
  const today = localDateKey(now, tz);
  const first = weekOf && /^\d{4}-\d{2}-\d{2}$/.test(weekOf) ? weekOf : today;
  const from = zonedInstant(first, '00:00', tz);
  const to = zonedInstant(addDays(first, 7), '00:00', tz);
  const [bookings, maintenance] = await Promise.all([
    db.booking.findMany({ where: { resourceId, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: to }, blockedUntil: { gt: from } }, select: { userId: true, startsAt: true, blockedUntil: true } }),
    db.maintenanceBlock.findMany({ where: { resourceId, startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true } }),
  ]);
  const days: CalendarDay[] = [];
  for (let i = 0; i < 7; i++) {
    const dateKey = addDays(first, i);
    const window = openingWindow(space, dateKey);
    const slots: CalendarDay['slots'] = [];
    if (window) {
      for (let t = window.start.getTime(); t + resource.slotMinutes * MINUTE <= window.end.getTime(); t += resource.slotMinutes * MINUTE) {
        const s = new Date(t);
        const e = new Date(t + resource.slotMinutes * MINUTE);
        if (localMinutes(s, tz) % resource.slotMinutes !== 0) continue;
        const taken = bookings.find((b) => overlaps(s, e, b.startsAt, b.blockedUntil));
        // A booking of this slot would hold the resource until its end plus the buffer.
        const held = new Date(e.getTime() + resource.bufferMinutes * MINUTE);
        let state: SlotState;
        if (taken) state = taken.userId === actor.id ? 'mine' : 'busy';
        else if (bookings.some((b) => overlaps(s, held, b.startsAt, b.blockedUntil))) state = 'closed';
        else if (maintenance.some((m) => overlaps(s, e, m.startsAt, m.endsAt))) state = 'closed';
        else if (s.getTime() < now.getTime() + resource.noticeMinutes * MINUTE || s.getTime() > now.getTime() + resource.horizonDays * 86_400_000) state = 'past';
        else state = 'free';
        slots.push({ startsAt: s.toISOString(), state });
      }
    }
    days.push({ dateKey, closed: !window, slots });
  }
  return { timeZone: tz, today, weekStart: first, prevWeek: addDays(first, -7), nextWeek: addDays(first, 7), days, monday: mondayOf(first) };
}

/** Free intervals of a resource in [from, to), in UTC and in the space's local time. */
export async function getAvailability(resourceId: string, from: Date, to: Date, now = new Date()) {
  const resource = await db.resource.findFirst({ where: { id: resourceId, active: true }, include: { space: { include: { closures: true } } } });
  if (!resource) return null;
  const tz = resource.space.timeZone;
  const space = { timeZone: tz, openingHours: resource.space.openingHours as OpeningHours, closures: resource.space.closures };
  const [bookings, maintenance] = await Promise.all([
    db.booking.findMany({ where: { resourceId, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: to }, blockedUntil: { gt: from } }, select: { startsAt: true, blockedUntil: true } }),
    db.maintenanceBlock.findMany({ where: { resourceId, startsAt: { lt: to }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true } }),
  ]);
  // A new booking holds its end plus the buffer, so it must end a buffer before the next one.
  const buffer = resource.bufferMinutes * MINUTE;
  const busy = [
    ...bookings.map((b) => ({ start: new Date(b.startsAt.getTime() - buffer), end: b.blockedUntil })),
    ...maintenance.map((m) => ({ start: m.startsAt, end: m.endsAt })),
  ];
  const earliest = new Date(Math.max(from.getTime(), now.getTime()));
  const free: { startsAt: string; endsAt: string; startsAtLocal: string; endsAtLocal: string }[] = [];
  for (let day = localDateKey(from, tz); zonedInstant(day, '00:00', tz) < to; day = addDays(day, 1)) {
    const w = openingWindow(space, day);
    if (!w) continue;
    const start = new Date(Math.max(w.start.getTime(), earliest.getTime()));
    const end = new Date(Math.min(w.end.getTime(), to.getTime()));
    if (start >= end) continue;
    for (const f of subtractIntervals(start, end, busy)) {
      free.push({ startsAt: f.start.toISOString(), endsAt: f.end.toISOString(), startsAtLocal: toLocalIso(f.start, tz), endsAtLocal: toLocalIso(f.end, tz) });
    }
  }
  return { resourceId, timeZone: tz, slotMinutes: resource.slotMinutes, free };
}

const bookingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  note: true,
  cancelReason: true,
  decisionReason: true,
  checkedInAt: true,
  projectId: true,
  userId: true,
  createdAt: true,
  resource: { select: { id: true, name: true, kind: true, zone: true, space: { select: { name: true, timeZone: true } } } },
} as const;

/**
 * The member's own bookings, cursor-paginated. Upcoming: still holding a slot (pending,
 * confirmed, checked in) and not yet ended, soonest first; past: everything else (ended,
 * cancelled, rejected), newest first. A cancelled booking never shows as upcoming.
 */
export async function listMyBookings(actor: Actor, opts: { scope: 'upcoming' | 'past'; cursor?: string; limit: number }, now = new Date()) {
  const upcoming = opts.scope === 'upcoming';
  const rows = await db.booking.findMany({
    where: {
      userId: actor.id,
      ...(upcoming
        ? { endsAt: { gt: now }, status: { in: [...ACTIVE_STATUSES] } }
        : { OR: [{ endsAt: { lte: now } }, { status: { notIn: [...ACTIVE_STATUSES] } }] }),
    },
    orderBy: upcoming ? [{ startsAt: 'asc' }, { id: 'asc' }] : [{ startsAt: 'desc' }, { id: 'desc' }],
    take: opts.limit + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    select: bookingSelect,
  });
  const items = rows.slice(0, opts.limit);
  return { items, nextCursor: rows.length > opts.limit ? items[items.length - 1].id : null };
}

export async function getMyBooking(actor: Actor, bookingId: string) {
  return db.booking.findFirst({ where: { id: bookingId, userId: actor.id }, select: bookingSelect });
}

export async function countMyUpcoming(actor: Actor, now = new Date()) {
  const [count, next] = await Promise.all([
    db.booking.count({ where: { userId: actor.id, endsAt: { gt: now }, status: { in: [...ACTIVE_STATUSES] } } }),
    db.booking.findFirst({ where: { userId: actor.id, endsAt: { gt: now }, status: { in: [...ACTIVE_STATUSES] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: bookingSelect }),
  ]);
  return { count, next };
}

export async function listFeedBookings(token: string) {
  const feed = await db.calendarFeed.findUnique({ where: { token }, select: { userId: true, user: { select: { name: true } } } });
  if (!feed) return null;
  const bookings = await db.booking.findMany({
    where: { userId: feed.userId, status: { in: [...ACTIVE_STATUSES, 'COMPLETED'] }, endsAt: { gt: new Date(Date.now() - 90 * 86_400_000) } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: bookingSelect,
  });
  return { name: feed.user.name, bookings };
}

// ---- Operator reads --------------------------------------------------------------------------

/** Today's bookings (in each space's zone), with who holds them. */
/**
 * Bookings that start today, each space's today in its own zone: one range per space, and all of
 * them together as a bound the index on startsAt can use (without it the OR of per-space joins
 * reads the whole booking history). Null when there is no space.
 */
export function startingTodayWhere(spaces: readonly { id: string; timeZone: string }[], now: Date): Prisma.BookingWhereInput | null {
  if (spaces.length === 0) return null;
  const ranges = spaces.map((s) => {
    const day = localDateKey(now, s.timeZone);
    return { spaceId: s.id, from: zonedInstant(day, '00:00', s.timeZone), to: zonedInstant(addDays(day, 1), '00:00', s.timeZone) };
  });
  return {
    startsAt: { gte: new Date(Math.min(...ranges.map((r) => r.from.getTime()))), lt: new Date(Math.max(...ranges.map((r) => r.to.getTime()))) },
    OR: ranges.map((r) => ({ resource: { spaceId: r.spaceId }, startsAt: { gte: r.from, lt: r.to } })),
  };
}

/** Rows of today's board on the console's home: those happening now and next; the rest one link away. */
export const TODAY_BOARD_ROWS = 30;

/**
 * Today's board on the console's home: what needs the desk now (bookings not over yet, and those
 * over but still to be marked as a no-show: canCheckIn and canMarkNoShow, in SQL), at most `take`;
 * or, with `wholeDay`, every booking of the day. `total` counts the whole day either way. A busy
 * day is hundreds of bookings: the home page loads only the rows it shows.
 */
export async function getTodayBoard(actor: Actor, now = new Date(), opts: { wholeDay?: boolean; take?: number } = {}) {
  assertCan(actor, 'space:operate');
  const today = startingTodayWhere(await db.space.findMany({ select: { id: true, timeZone: true } }), now);
  if (!today) return { rows: [], total: 0 };
  const day: Prisma.BookingWhereInput = { ...today, status: { in: ['CONFIRMED', 'CHECKED_IN', 'NO_SHOW', 'COMPLETED'] } };
  const current: Prisma.BookingWhereInput = { OR: [{ endsAt: { gt: now } }, { status: 'CONFIRMED', startsAt: { lte: new Date(now.getTime() - NO_SHOW_AFTER_MINUTES * MINUTE) } }] };
  const [rows, total] = await Promise.all([
    db.booking.findMany({
      where: opts.wholeDay ? day : { AND: [day, current] },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: opts.wholeDay ? 300 : (opts.take ?? TODAY_BOARD_ROWS),
      select: { ...bookingSelect, user: { select: { name: true, email: true } } },
    }),
    db.booking.count({ where: day }),
  ]);
  return { rows, total };
}

/**
 * The approval queue. Each row says what approval will re-check: whether the member holds the
 * certification the resource requires (null when it needs none) and whether a maintenance
 * block overlaps it, so the operator is warned before pressing the button.
 */
export async function listPendingBookings(actor: Actor) {
  assertCan(actor, 'space:operate');
  const rows = await db.booking.findMany({
    where: { status: 'PENDING' },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      ...bookingSelect,
      user: { select: { name: true, email: true } },
      resource: { select: { ...bookingSelect.resource.select, requiredCertification: { select: { id: true, name: true } } } },
    },
  });
  if (!rows.length) return [];
  const [held, blocks] = await Promise.all([
    db.userCertification.findMany({
      where: { OR: rows.flatMap((b) => (b.resource.requiredCertification ? [{ userId: b.userId, certificationId: b.resource.requiredCertification.id }] : [])) },
      select: { userId: true, certificationId: true },
    }),
    db.maintenanceBlock.findMany({
      where: { resourceId: { in: [...new Set(rows.map((b) => b.resource.id))] }, startsAt: { lt: new Date(Math.max(...rows.map((b) => b.endsAt.getTime()))) }, endsAt: { gt: rows[0].startsAt } },
      select: { resourceId: true, startsAt: true, endsAt: true },
    }),
  ]);
  const holds = new Set(held.map((h) => `${h.userId}:${h.certificationId}`));
  return rows.map((b) => {
    const cert = b.resource.requiredCertification;
    return {
      ...b,
      certification: cert ? { name: cert.name, held: holds.has(`${b.userId}:${cert.id}`) } : null,
      maintenanceClash: blocks.some((m) => m.resourceId === b.resource.id && m.startsAt < b.endsAt && b.startsAt < m.endsAt),
    };
  });
}

export async function listMaintenance(actor: Actor, now = new Date()) {
  assertCan(actor, 'space:operate');
  const blocks = await db.maintenanceBlock.findMany({
    where: { endsAt: { gt: now } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    include: { resource: { select: { id: true, name: true, space: { select: { timeZone: true } } } } },
  });
  // Bookings caught inside a block are listed so the operator can cancel them with a message.
  return Promise.all(
    blocks.map(async (b) => ({
      ...b,
      affected: await db.booking.findMany({
        where: { resourceId: b.resourceId, status: { in: [...ACTIVE_STATUSES] }, startsAt: { lt: b.endsAt }, endsAt: { gt: b.startsAt } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        select: { ...bookingSelect, user: { select: { name: true, email: true } } },
      }),
    })),
  );
}

export async function listCertifications(actor: Actor) {
  assertCan(actor, 'space:operate');
  return db.certification.findMany({
    orderBy: [{ name: 'asc' }],
    include: { holders: { orderBy: { createdAt: 'asc' }, include: { user: { select: { id: true, name: true, email: true } } } }, resources: { select: { name: true } } },
  });
}

export async function listAllCertifications() {
  return db.certification.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/**
 * Utilisation per resource kind per day for the last `days` days: booked minutes (confirmed,
 * checked in or completed) over open minutes of the active resources of that kind.
 */
export async function getOccupancy(actor: Actor, days = 30, now = new Date()) {
  assertCan(actor, 'space:operate');
  const spaces = await db.space.findMany({ include: { closures: true, resources: { where: { active: true }, select: { id: true, kind: true } } } });
  const out = new Map<string, Record<string, number | string>>();
  const tz = zoneOf(spaces[0]);
  const today = localDateKey(now, tz);
  const firstDay = addDays(today, -(days - 1));
  const from = zonedInstant(firstDay, '00:00', tz);
  // Summed in the database per local day (of each booking's space) and kind: a month of a busy
  // space is thousands of bookings, and the chart needs a few dozen numbers.
  const bookings = await db.$queryRaw<{ day: string; kind: string; minutes: number }[]>`
    SELECT to_char(g.d, 'YYYY-MM-DD') AS day, g.kind, g.minutes
      FROM (SELECT (b."startsAt" AT TIME ZONE s."timeZone")::date AS d, r.kind::text AS kind,
                   (sum(extract(epoch FROM b."endsAt" - b."startsAt")) / 60)::float8 AS minutes
              FROM "Booking" b
              JOIN "Resource" r ON r.id = b."resourceId"
              JOIN "Space" s ON s.id = r."spaceId"
             WHERE b.status IN ('CONFIRMED', 'CHECKED_IN', 'COMPLETED')
               AND b."startsAt" >= ${from} AND b."startsAt" < ${zonedInstant(addDays(today, 1), '00:00', tz)}
             GROUP BY 1, 2) g`;
  const open = new Map<string, number>();
  const booked = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    const day = addDays(firstDay, i);
    for (const s of spaces) {
      const w = openingWindow({ timeZone: s.timeZone, openingHours: s.openingHours as OpeningHours, closures: s.closures }, day);
      if (!w) continue;
      const minutes = (w.end.getTime() - w.start.getTime()) / MINUTE;
      for (const r of s.resources) open.set(`${day}|${r.kind}`, (open.get(`${day}|${r.kind}`) ?? 0) + minutes);
    }
  }
  for (const b of bookings) booked.set(`${b.day}|${b.kind}`, b.minutes);
  for (let i = 0; i < days; i++) {
    const day = addDays(firstDay, i);
    const row: Record<string, number | string> = { day: day.slice(5) };
    for (const kind of ['HOT_DESK', 'FIXED_DESK', 'MEETING_ROOM', 'EQUIPMENT', 'WORKSHOP_AREA']) {
      const o = open.get(`${day}|${kind}`) ?? 0;
      row[kind] = o ? Math.round((Math.min(booked.get(`${day}|${kind}`) ?? 0, o) / o) * 100) : 0;
    }
    out.set(day, row);
  }
  return [...out.values()];
}

export { checkTimeRules };

export async function getSpaceForOperator(actor: Actor) {
  assertCan(actor, 'space:operate');
  return db.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { closures: { orderBy: { startDate: 'asc' } } } });
}

/** The secret of the member's iCalendar feed, or null until they ask for one (an action creates it). */
export async function findCalendarFeedToken(actor: Actor): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { token: true } });
  return feed?.token ?? null;
}

/**
 * The platform's clock for work that belongs to no one space (job schedules, pages without a
 * space): the first space's zone. Read once per request however many parts of a page ask.
 */
export const findDefaultTimeZone = cache(async (): Promise<string> => zoneOf(await db.space.findFirst({ orderBy: { createdAt: 'asc' }, select: { timeZone: true } })));

/**
 * What the member still needs before booking a machine: null when nothing (no certification
 * required, or held); otherwise the certification and its next training. The calendar is not
 * shown then, so no slot looks bookable that the last step would refuse.
 */
export async function findCertificationGap(actor: Actor, resource: { requiredCertification: { id: string; name: string } | null }, now = new Date()) {
  const cert = resource.requiredCertification;
  if (!cert) return null;
  const held = await db.userCertification.count({ where: { userId: actor.id, certificationId: cert.id } });
  if (held) return null;
  return { certification: cert, training: await findNextTraining(cert.id, now) };
}

/**
 * Where "pick one for me" starts: today on the space's clock from the next whole hour, or
 * tomorrow at 09:00 once today's last full hour before closing has begun.
 */
export function deskPickerDefaults(space: { timeZone: string }, now = new Date()) {
  const today = localDateKey(now, space.timeZone);
  const nextHour = Math.floor(localMinutes(now, space.timeZone) / 60) + 1;
  if (nextHour <= 20) return { today, date: today, start: `${String(nextHour).padStart(2, '0')}:00` };
  return { today, date: addDays(today, 1), start: '09:00' };
}
