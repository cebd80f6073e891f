import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { addDays, localDateKey, mondayOf, zonedInstant } from '@/lib/bookings/time';
import { DEFAULT_TIME_ZONE } from '@/lib/time';
import { startingTodayWhere } from '@/lib/bookings/queries';
import type { BookingQueueSearch, CampaignQueueSearch, PayoutQueueSearch, RoleRequestQueueSearch, TaskApprovalQueueSearch } from './schemas';
import { containsText } from '@/lib/search';

/** How far back a member's no-shows count on an approval row. */
export const NO_SHOW_WINDOW_DAYS = 90;

/**
 * The staff dashboard: today's bookings and check-ins, this week's events and, per space, how
 * many active resources are in use right now. "Today" and "this week" are each space's own.
 */
export async function getStaffOverview(actor: Actor, now = new Date()) {
  assertCan(actor, 'space:operate');
  const spaces = await db.space.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, name: true, timeZone: true } });
  const tz = spaces[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  const today = localDateKey(now, tz);
  const monday = mondayOf(today);
  const weekStart = zonedInstant(monday, '00:00', tz);
  const weekEnd = zonedInstant(addDays(monday, 7), '00:00', tz);
  const todayWhere: Prisma.BookingWhereInput = startingTodayWhere(spaces, now) ?? { id: { in: [] } };
  const [bookedToday, checkedInToday, events, resources, inUse] = await Promise.all([
    db.booking.count({ where: { ...todayWhere, status: { in: ['CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW'] } } }),
    db.booking.count({ where: { ...todayWhere, checkedInAt: { not: null } } }),
    db.event.findMany({
      where: { status: 'PUBLISHED', startsAt: { lt: weekEnd }, endsAt: { gt: weekStart } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 20,
      select: { id: true, title: true, kind: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, space: { select: { timeZone: true } } },
    }),
    db.resource.groupBy({ by: ['spaceId'], where: { active: true }, _count: true }),
    db.booking.findMany({
      where: { status: { in: ['CONFIRMED', 'CHECKED_IN'] }, startsAt: { lte: now }, endsAt: { gt: now }, resource: { active: true } },
      distinct: ['resourceId'],
      select: { resourceId: true, resource: { select: { spaceId: true } } },
    }),
  ]);
  const occupancy = spaces.map((s) => {
    const total = resources.find((r) => r.spaceId === s.id)?._count ?? 0;
    const busy = inUse.filter((b) => b.resource.spaceId === s.id).length;
    return { spaceId: s.id, name: s.name, total, busy };
  });
  return { timeZone: tz, bookedToday, checkedInToday, events, occupancy };
}

const SORTS = {
  startsAt: [{ startsAt: 'asc' }, { id: 'asc' }],
  waiting: [{ createdAt: 'asc' }, { id: 'asc' }],
  resource: [{ resource: { name: 'asc' } }, { startsAt: 'asc' }, { id: 'asc' }],
} as const satisfies Record<BookingQueueSearch['sort'], Prisma.BookingOrderByWithRelationInput[]>;

/**
 * The booking approval queue with its filters. Each row carries what approval re-checks and
 * what the operator should weigh: the certification the machine needs and whether the member
 * holds it, a maintenance block or another booking of the member's at the same time, and the
 * member's no-shows in the last NO_SHOW_WINDOW_DAYS days.
 */
export async function listBookingQueue(actor: Actor, search: BookingQueueSearch, now = new Date()) {
  assertCan(actor, 'space:operate');
  const where: Prisma.BookingWhereInput = { status: search.status as BookingStatus };
  if (search.resource) where.resourceId = search.resource;
  if (search.date) {
    const tz = (await db.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { timeZone: true } }))?.timeZone ?? DEFAULT_TIME_ZONE;
    where.startsAt = { gte: zonedInstant(search.date, '00:00', tz), lt: zonedInstant(addDays(search.date, 1), '00:00', tz) };
  }
  if (search.q) {
    where.OR = [
      { user: { name: containsText(search.q) } },
      { user: { email: containsText(search.q) } },
      { resource: { name: containsText(search.q) } },
      { note: containsText(search.q) },
    ];
  }
  const [rows, resources] = await Promise.all([
    db.booking.findMany({
      where,
      orderBy: [...SORTS[search.sort]],
      take: 100,
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        createdAt: true,
        note: true,
        userId: true,
        user: { select: { name: true, email: true } },
        resource: { select: { id: true, name: true, space: { select: { timeZone: true } }, requiredCertification: { select: { id: true, name: true } } } },
      },
    }),
    db.resource.findMany({ where: { requiresApproval: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  if (!rows.length) return { rows: [], resources };
  const userIds = [...new Set(rows.map((b) => b.userId))];
  const from = new Date(Math.min(...rows.map((b) => b.startsAt.getTime())));
  const to = new Date(Math.max(...rows.map((b) => b.endsAt.getTime())));
  const needed = rows.flatMap((b) => (b.resource.requiredCertification ? [{ userId: b.userId, certificationId: b.resource.requiredCertification.id }] : []));
  const [held, blocks, others, noShows] = await Promise.all([
    needed.length ? db.userCertification.findMany({ where: { OR: needed }, select: { userId: true, certificationId: true } }) : Promise.resolve([]),
    db.maintenanceBlock.findMany({ where: { resourceId: { in: [...new Set(rows.map((b) => b.resource.id))] }, startsAt: { lt: to }, endsAt: { gt: from } }, select: { resourceId: true, startsAt: true, endsAt: true } }),
    db.booking.findMany({
      where: { userId: { in: userIds }, status: { in: ['PENDING', 'CONFIRMED', 'CHECKED_IN'] }, startsAt: { lt: to }, endsAt: { gt: from } },
      select: { id: true, userId: true, startsAt: true, endsAt: true, resource: { select: { name: true } } },
    }),
    db.booking.groupBy({ by: ['userId'], where: { userId: { in: userIds }, status: 'NO_SHOW', startsAt: { gte: new Date(now.getTime() - NO_SHOW_WINDOW_DAYS * 86_400_000) } }, _count: true }),
  ]);
  const holds = new Set(held.map((h) => `${h.userId}:${h.certificationId}`));
  return {
    resources,
    rows: rows.map((b) => {
      const cert = b.resource.requiredCertification;
      const clash = others.find((o) => o.id !== b.id && o.userId === b.userId && o.startsAt < b.endsAt && b.startsAt < o.endsAt);
      return {
        ...b,
        certification: cert ? { name: cert.name, held: holds.has(`${b.userId}:${cert.id}`) } : null,
        maintenanceClash: blocks.some((m) => m.resourceId === b.resource.id && m.startsAt < b.endsAt && b.startsAt < m.endsAt),
        bookingClash: clash ? clash.resource.name : null,
        noShows: noShows.find((n) => n.userId === b.userId)?._count ?? 0,
      };
    }),
  };
}

/** Pending role requests with the queue's filters. */
export async function listRoleRequestQueue(actor: Actor, search: RoleRequestQueueSearch) {
  assertCan(actor, 'roleRequest:review');
  const dir = search.sort === 'newest' ? 'desc' : 'asc';
  return db.roleRequest.findMany({
    where: {
      status: 'PENDING',
      ...(search.role ? { role: search.role } : {}),
      ...(search.q ? { OR: [{ user: { name: containsText(search.q) } }, { user: { email: containsText(search.q) } }, { message: containsText(search.q) }] } : {}),
    },
    orderBy: [{ createdAt: dir }, { id: dir }],
    take: 100,
    select: { id: true, role: true, message: true, createdAt: true, user: { select: { id: true, name: true, email: true, organization: true } } },
  });
}

/** Campaigns waiting for review, with the queue's filters. */
export async function listCampaignQueue(actor: Actor, search: CampaignQueueSearch) {
  assertCan(actor, 'space:operate');
  const orderBy: Prisma.CampaignOrderByWithRelationInput[] =
    search.sort === 'goal' ? [{ goalFen: 'desc' }, { id: 'asc' }] : search.sort === 'newest' ? [{ submittedAt: 'desc' }, { id: 'desc' }] : [{ submittedAt: 'asc' }, { id: 'asc' }];
  return db.campaign.findMany({
    where: {
      status: 'SUBMITTED',
      ...(search.q ? { OR: [{ title: containsText(search.q) }, { project: { name: containsText(search.q) } }] } : {}),
    },
    orderBy,
    take: 100,
    select: { id: true, title: true, goalFen: true, durationDays: true, startsAt: true, submittedAt: true, createdAt: true, project: { select: { id: true, name: true } }, _count: { select: { tiers: true } } },
  });
}

/** One submitted (or already decided) campaign as the review panel shows it, with its review history. */
export async function findCampaignForReview(actor: Actor, campaignId: string) {
  assertCan(actor, 'space:operate');
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true, title: true, story: true, goalFen: true, minPledgeFen: true, durationDays: true, startsAt: true, endsAt: true, faq: true, status: true, reviewNote: true, submittedAt: true, createdAt: true,
      createdBy: { select: { id: true, name: true, email: true } },
      project: { select: { id: true, name: true, members: { where: { role: 'OWNER' }, select: { user: { select: { id: true, name: true, email: true } } } } } },
      tiers: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, description: true, amountFen: true, quantity: true, deliveryMonth: true } },
    },
  });
  // A draft is its team's own work: an operator sees it only once submitted or returned.
  if (!campaign || (campaign.status === 'DRAFT' && !campaign.submittedAt && campaign.reviewNote === null)) return null;
  const [history, ownTeam] = await Promise.all([
    db.auditLog.findMany({
      where: { entityType: 'Campaign', entityId: campaignId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, action: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.projectMember.count({ where: { projectId: campaign.project.id, userId: actor.id } }),
  ]);
  return { campaign, history, ownTeam: ownTeam > 0 };
}

const TASK_SORTS = {
  oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  bounty: [{ bountyFen: 'desc' }, { rewardPoints: 'desc' }, { id: 'asc' }],
  deadline: [{ deadline: 'asc' }, { id: 'asc' }],
} as const satisfies Record<TaskApprovalQueueSearch['sort'], Prisma.TaskOrderByWithRelationInput[]>;

/** Tasks waiting for an operator's approval, with the queue's filters. */
export async function listTaskApprovalQueue(actor: Actor, search: TaskApprovalQueueSearch) {
  assertCan(actor, 'task:resolve-dispute');
  const where: Prisma.TaskWhereInput = { status: 'PENDING_APPROVAL' };
  if (search.category) where.category = search.category;
  if (search.reward === 'bounty') where.bountyFen = { gt: 0 };
  if (search.reward === 'points') where.bountyFen = 0;
  if (search.q) {
    where.OR = [
      { title: containsText(search.q) },
      { postedBy: { name: containsText(search.q) } },
      { postedBy: { email: containsText(search.q) } },
      { project: { name: containsText(search.q) } },
      { partnerName: containsText(search.q) },
    ];
  }
  return db.task.findMany({
    where,
    orderBy: [...TASK_SORTS[search.sort]],
    take: 100,
    select: {
      id: true, title: true, category: true, rewardPoints: true, bountyFen: true, slots: true, deadline: true, partnerName: true, createdAt: true, postedById: true,
      postedBy: { select: { name: true, email: true } },
      project: { select: { id: true, name: true } },
    },
  });
}

const PAYOUT_SORTS = {
  oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  amount: [{ amountFen: 'desc' }, { id: 'asc' }],
} as const satisfies Record<PayoutQueueSearch['sort'], Prisma.PayoutOrderByWithRelationInput[]>;

/** Bounties waiting to be recorded as paid (or, for the record, those paid), with the queue's filters. */
export async function listPayoutQueue(actor: Actor, search: PayoutQueueSearch) {
  assertCan(actor, 'payout:manage');
  const where: Prisma.PayoutWhereInput = { status: search.status };
  if (search.q) {
    where.OR = [
      { user: { name: containsText(search.q) } },
      { user: { email: containsText(search.q) } },
      { assignment: { task: { title: containsText(search.q) } } },
    ];
  }
  return db.payout.findMany({
    where,
    orderBy: [...PAYOUT_SORTS[search.sort]],
    take: 100,
    select: {
      id: true, amountFen: true, status: true, createdAt: true, paidAt: true, userId: true,
      user: { select: { name: true, email: true } },
      paidBy: { select: { name: true } },
      assignment: { select: { task: { select: { id: true, title: true, postedById: true, postedBy: { select: { name: true } } } } } },
    },
  });
}
