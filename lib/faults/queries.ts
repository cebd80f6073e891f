import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { getAvailability } from '@/lib/bookings/queries';
import type { FaultStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CLOSED_STATUSES, coveredMs, median, OPEN_STATUSES } from './policy';

const DAY = 86_400_000;

export async function listFaultCategories() {
  return db.faultCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
}

export async function getFaultCategoryByCode(code: string) {
  return db.faultCategory.findUnique({ where: { code } });
}

/** The resource a report form or a label is for (active resources only). */
export async function getReportableResource(resourceId: string) {
  return db.resource.findFirst({ where: { id: resourceId, active: true }, select: { id: true, name: true, zone: true, kind: true, space: { select: { id: true, name: true } } } });
}

/** Open reports of a resource: its known issues, shown on its page and to its bookers. */
export async function listKnownIssues(resourceId: string) {
  return db.faultReport.findMany({
    where: { resourceId, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, status: true, createdAt: true, expectedFixAt: true, confirmationCount: true, blockId: true, description: true, category: { select: { nameZh: true, nameEn: true } } },
  });
}

/** Open reports of the space (not about one resource). */
export async function listSpaceIssues() {
  return db.faultReport.findMany({
    where: { resourceId: null, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, status: true, createdAt: true, expectedFixAt: true, confirmationCount: true, location: true, category: { select: { nameZh: true, nameEn: true } } },
  });
}

const publicEventKinds = ['REPORTED', 'STATUS', 'REPLY', 'MERGED', 'OUT_OF_SERVICE', 'BACK_IN_SERVICE', 'VERIFIED', 'REOPENED'] as const;

/**
 * A report as a member sees it: every member may read a report (the space's known problems are
 * no secret), but an anonymous reporter's name only reaches the reporter and operators.
 */
export async function getFaultForMember(actor: Actor, faultId: string, now = new Date()) {
  const f = await db.faultReport.findUnique({
    where: { id: faultId },
    include: {
      category: true,
      resource: { select: { id: true, name: true, zone: true } },
      space: { select: { name: true, timeZone: true } },
      reporter: { select: { id: true, name: true } },
      duplicateOf: { select: { id: true } },
      events: { where: { kind: { in: [...publicEventKinds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, fromStatus: true, toStatus: true, note: true, createdAt: true } },
      confirmations: { where: { userId: actor.id }, select: { userId: true } },
    },
  });
  if (!f) return null;
  const operator = can(actor, 'space:operate');
  const isReporter = f.reporterId === actor.id;
  const showReporter = operator || isReporter || !f.anonymous;
  const notices = await db.faultBookingNotice.findMany({
    where: { faultId: f.id, booking: { userId: actor.id, status: { in: ['PENDING', 'CONFIRMED'] }, endsAt: { gt: now } } },
    select: { booking: { select: { id: true, startsAt: true, endsAt: true, resourceId: true } } },
  });
  const { reporter, confirmations, ...rest } = f;
  return {
    ...rest,
    reporterName: showReporter ? (reporter?.name ?? null) : null,
    anonymousToOthers: f.anonymous,
    isReporter,
    confirmedByMe: confirmations.length > 0,
    affectedBookings: notices.map((n) => n.booking),
  };
}

/**
 * The next free slots of the booking's length, on the same resource or an equivalent one (same
 * space, kind and required certification), from the booking's start on: what the notice offers.
 */
export async function findAlternativeSlots(actor: Actor, bookingId: string, now = new Date(), limit = 4) {
  const booking = await db.booking.findFirst({
    where: { id: bookingId, userId: actor.id },
    select: { startsAt: true, endsAt: true, resource: { select: { id: true, spaceId: true, kind: true, requiredCertificationId: true } } },
  });
  if (!booking) return [];
  const r = booking.resource;
  const candidates = await db.resource.findMany({
    where: { spaceId: r.spaceId, kind: r.kind, active: true, requiredCertificationId: r.requiredCertificationId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 10,
    select: { id: true, name: true, zone: true, slotMinutes: true, horizonDays: true, noticeMinutes: true },
  });
  const duration = booking.endsAt.getTime() - booking.startsAt.getTime();
  const slots: { resourceId: string; resourceName: string; zone: string; startsAt: Date; endsAt: Date; sameResource: boolean }[] = [];
  for (const c of candidates) {
    const from = new Date(Math.max(booking.startsAt.getTime(), now.getTime() + c.noticeMinutes * 60_000));
    const to = new Date(Math.min(from.getTime() + 7 * DAY, now.getTime() + c.horizonDays * DAY));
    if (to <= from) continue;
    const availability = await getAvailability(c.id, from, to, now);
    if (!availability) continue;
    const step = c.slotMinutes * 60_000;
    for (const free of availability.free) {
      const fs = new Date(free.startsAt).getTime();
      const start = Math.ceil(fs / step) * step;
      if (start + duration <= new Date(free.endsAt).getTime()) {
        slots.push({ resourceId: c.id, resourceName: c.name, zone: c.zone, startsAt: new Date(start), endsAt: new Date(start + duration), sameResource: c.id === r.id });
        break;
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, limit);
}

export type FaultListFilter = 'open' | 'fixed' | 'closed' | 'all';

function statusesOf(filter: FaultListFilter): FaultStatus[] | undefined {
  if (filter === 'open') return [...OPEN_STATUSES];
  if (filter === 'fixed') return ['FIXED'];
  if (filter === 'closed') return [...CLOSED_STATUSES];
  return undefined;
}

/** The operators' triage queue: oldest open first. */
export async function listFaultsForOperator(actor: Actor, filter: FaultListFilter, now = new Date()) {
  assertCan(actor, 'space:operate');
  const statuses = statusesOf(filter);
  const rows = await db.faultReport.findMany({
    where: statuses ? { status: { in: statuses } } : {},
    orderBy: filter === 'open' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      status: true,
      createdAt: true,
      expectedFixAt: true,
      confirmationCount: true,
      blockId: true,
      anonymous: true,
      description: true,
      location: true,
      category: { select: { nameZh: true, nameEn: true } },
      resource: { select: { id: true, name: true } },
      reporter: { select: { name: true } },
      assignee: { select: { name: true } },
    },
  });
  return rows.map((r) => ({ ...r, overdue: OPEN_STATUSES.includes(r.status as (typeof OPEN_STATUSES)[number]) && r.expectedFixAt < now }));
}

/** One inbox entry of the operator console: how many reports are open, and since when. */
export async function countOpenFaultReports(actor: Actor): Promise<{ count: number; oldestCreatedAt: Date | null }> {
  assertCan(actor, 'space:operate');
  const agg = await db.faultReport.aggregate({ where: { status: { in: [...OPEN_STATUSES] } }, _count: { _all: true }, _min: { createdAt: true } });
  return { count: agg._count._all, oldestCreatedAt: agg._min.createdAt };
}

/** A report with everything an operator needs to triage it (the reporter is never hidden here). */
export async function getFaultForOperator(actor: Actor, faultId: string) {
  assertCan(actor, 'space:operate');
  const f = await db.faultReport.findUnique({
    where: { id: faultId },
    include: {
      category: true,
      resource: { select: { id: true, name: true, zone: true } },
      space: { select: { name: true, timeZone: true } },
      reporter: { select: { id: true, name: true, email: true } },
      assignee: { select: { id: true, name: true } },
      duplicateOf: { select: { id: true } },
      duplicates: { select: { id: true } },
      block: { select: { startsAt: true, endsAt: true } },
      events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { actor: { select: { name: true } } } },
      confirmations: { orderBy: { createdAt: 'asc' }, include: { user: { select: { name: true } } } },
      notices: { include: { booking: { select: { id: true, startsAt: true, status: true, user: { select: { name: true } } } } } },
    },
  });
  if (!f) return null;
  const [operators, mergeTargets] = await Promise.all([
    db.user.findMany({ where: { roles: { some: { role: { in: ['OPERATOR', 'ADMIN'] } } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    db.faultReport.findMany({
      where: { id: { not: f.id }, status: { in: [...OPEN_STATUSES] }, ...(f.resourceId ? { resourceId: f.resourceId } : { resourceId: null }) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 20,
      select: { id: true, createdAt: true, description: true },
    }),
  ]);
  return { ...f, operators, mergeTargets };
}

/**
 * Public figures of a machine: the share of the last 90 days it was not blocked (out of
 * service or under maintenance), and the median time from report to fix.
 */
export async function getMachineReliability(resourceId: string, now = new Date()) {
  const resource = await db.resource.findFirst({ where: { id: resourceId, active: true }, select: { id: true, name: true, zone: true, kind: true, space: { select: { name: true, timeZone: true } } } });
  if (!resource) return null;
  // A fixed window, so machines compare on the same 90 days.
  const from = new Date(now.getTime() - 90 * DAY);
  const [blocks, fixed, open] = await Promise.all([
    db.maintenanceBlock.findMany({ where: { resourceId, startsAt: { lt: now }, endsAt: { gt: from } }, select: { startsAt: true, endsAt: true } }),
    db.faultReport.findMany({ where: { resourceId, status: 'FIXED', fixedAt: { not: null } }, select: { createdAt: true, fixedAt: true } }),
    listKnownIssues(resourceId),
  ]);
  const span = now.getTime() - from.getTime();
  const down = coveredMs(blocks.map((b) => ({ start: b.startsAt, end: b.endsAt })), from, now);
  const availability = span > 0 ? 1 - down / span : 1;
  const mttrMs = median(fixed.map((f) => f.fixedAt!.getTime() - f.createdAt.getTime()));
  return { resource, availability, downMs: down, days: Math.max(1, Math.round(span / DAY)), mttrMs, fixedCount: fixed.length, open };
}

/** The Open311 view of reports (never the reporter). */
export async function listOpen311Requests(filter: { ids?: string[]; serviceCode?: string; start?: Date; end?: Date; status?: 'open' | 'closed' }, now = new Date()) {
  const start = filter.start ?? new Date((filter.end ?? now).getTime() - 90 * DAY);
  return db.faultReport.findMany({
    where: {
      ...(filter.ids ? { id: { in: filter.ids } } : { createdAt: { gte: start, ...(filter.end ? { lte: filter.end } : {}) } }),
      ...(filter.serviceCode ? { category: { code: filter.serviceCode } } : {}),
      ...(filter.status === 'open' ? { status: { in: [...OPEN_STATUSES] } } : filter.status === 'closed' ? { status: { notIn: [...OPEN_STATUSES] } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 1000,
    select: open311Select,
  });
}

export const open311Select = {
  id: true,
  status: true,
  description: true,
  location: true,
  photoKey: true,
  createdAt: true,
  updatedAt: true,
  expectedFixAt: true,
  resourceId: true,
  category: { select: { code: true, nameZh: true, nameEn: true } },
  space: { select: { name: true } },
  resource: { select: { name: true, zone: true } },
  events: { where: { kind: { in: ['STATUS', 'REPLY'] }, note: { not: '' } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { note: true } },
} satisfies Prisma.FaultReportSelect;

export async function getOpen311Request(id: string) {
  return db.faultReport.findUnique({ where: { id }, select: open311Select });
}

/** The absolute address a machine's QR label encodes (the short link that opens the report form). */
export function reportLinkFor(resourceId: string, locale: string): string {
  const prefix = locale === 'en' ? '/en' : '';
  return new URL(`${prefix}/report/${encodeURIComponent(resourceId)}`, env.APP_URL).toString();
}
