import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { OPEN_STATUSES as OPEN_FAULT_STATUSES } from '@/lib/faults/policy';
import { listWaitingContent, MODERATION_WAITING } from '@/lib/moderation/queries';
import { PROPOSALS_TO_ANSWER } from '@/lib/participation/queries';
import { WAITING_STATUSES } from '@/lib/participation/policy';
import { OPEN_CASE_STATUSES } from '@/lib/ratings/policy';

/** One waiting item of a queue: what it is, since when it waits, where to act on it. */
export type InboxItem = { id: string; title: string; detail: string; since: Date; href: string; /** `detail` is a role, shown by its name. */ detailIsRole?: boolean };

/**
 * One queue of the operator's inbox. A new queue (fault reports, proposals to answer, rating
 * cases, reported content) is one more entry in INBOX_QUEUES: how many wait, its oldest items,
 * oldest first, and the page where it is worked. `label` is a key of the `console.queues`
 * messages. Every read is behind `permission`, checked before the query runs.
 *
 * `waiting` is the count as SQL (`SELECT count(*) FROM … WHERE …`): every console page shows the
 * counts in its sidebar, and all of them are one statement, not one per queue. It selects what
 * `oldest` lists (tests/integration/console-queues.test.ts holds the two to the same rows).
 */
export type InboxQueue = {
  key: string;
  label: string;
  href: string;
  permission: Permission;
  waiting: Prisma.Sql;
  oldest: (take: number) => Promise<InboxItem[]>;
};

/** `column = ANY(list)` for an enum column, from the policy's own list of statuses. */
const anyOf = (column: string, enumType: string, values: readonly string[]) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ANY(CAST(${[...values]} AS ${Prisma.raw(`"${enumType}"[]`)}))`;

export const INBOX_QUEUES: readonly InboxQueue[] = [
  {
    key: 'bookings',
    label: 'bookings',
    href: '/operate/bookings',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "Booking" WHERE status = 'PENDING'`,
    oldest: async (take) =>
      (
        await db.booking.findMany({
          where: { status: 'PENDING' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, createdAt: true, resource: { select: { name: true } }, user: { select: { name: true } } },
        })
      ).map((b) => ({ id: b.id, title: b.resource.name, detail: b.user.name, since: b.createdAt, href: `/operate/bookings?focus=${b.id}` })),
  },
  {
    key: 'campaigns',
    label: 'campaigns',
    href: '/operate/campaigns',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "Campaign" WHERE status = 'SUBMITTED'`,
    oldest: async (take) =>
      (
        await db.campaign.findMany({
          where: { status: 'SUBMITTED' },
          orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, title: true, submittedAt: true, createdAt: true, project: { select: { name: true } } },
        })
      ).map((c) => ({ id: c.id, title: c.title, detail: c.project.name, since: c.submittedAt ?? c.createdAt, href: `/operate/campaigns/${c.id}` })),
  },
  {
    key: 'roleRequests',
    label: 'roleRequests',
    href: '/operate/role-requests',
    permission: 'roleRequest:review',
    waiting: Prisma.sql`SELECT count(*) FROM "RoleRequest" WHERE status = 'PENDING'`,
    oldest: async (take) =>
      (
        await db.roleRequest.findMany({
          where: { status: 'PENDING' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, role: true, createdAt: true, user: { select: { name: true } } },
        })
      ).map((r) => ({ id: r.id, title: r.user.name, detail: r.role, detailIsRole: true, since: r.createdAt, href: '/operate/role-requests' })),
  },
  {
    key: 'applications',
    label: 'applications',
    href: '/admissions',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "Application" WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')`,
    oldest: async (take) =>
      (
        await db.application.findMany({
          where: { status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } },
          orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, submittedAt: true, createdAt: true, project: { select: { name: true } }, round: { select: { name: true } } },
        })
      ).map((a) => ({ id: a.id, title: a.project.name, detail: a.round.name, since: a.submittedAt ?? a.createdAt, href: `/admissions/applications/${a.id}` })),
  },
  {
    key: 'taskApprovals',
    label: 'taskApprovals',
    href: '/operate/task-approvals',
    permission: 'task:resolve-dispute',
    waiting: Prisma.sql`SELECT count(*) FROM "Task" WHERE status = 'PENDING_APPROVAL'`,
    oldest: async (take) =>
      (
        await db.task.findMany({
          where: { status: 'PENDING_APPROVAL' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, title: true, createdAt: true, postedBy: { select: { name: true } } },
        })
      ).map((t) => ({ id: t.id, title: t.title, detail: t.postedBy.name, since: t.createdAt, href: `/tasks/${t.id}` })),
  },
  {
    key: 'payouts',
    label: 'payouts',
    href: '/operate/payouts',
    permission: 'payout:manage',
    waiting: Prisma.sql`SELECT count(*) FROM "Payout" WHERE status = 'PENDING'`,
    oldest: async (take) =>
      (
        await db.payout.findMany({
          where: { status: 'PENDING' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, createdAt: true, user: { select: { name: true } }, assignment: { select: { task: { select: { title: true } } } } },
        })
      ).map((p) => ({ id: p.id, title: p.assignment.task.title, detail: p.user.name, since: p.createdAt, href: '/operate/payouts' })),
  },
  {
    key: 'disputes',
    label: 'disputes',
    href: '/tasks/operations',
    permission: 'task:resolve-dispute',
    waiting: Prisma.sql`SELECT count(*) FROM "TaskSubmission" WHERE status = 'DISPUTED'`,
    oldest: async (take) =>
      (
        await db.taskSubmission.findMany({
          where: { status: 'DISPUTED' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, createdAt: true, task: { select: { title: true } }, assignment: { select: { user: { select: { name: true } } } } },
        })
      ).map((s) => ({ id: s.id, title: s.task.title, detail: s.assignment.user.name, since: s.createdAt, href: '/tasks/operations' })),
  },
  {
    key: 'faults',
    label: 'faults',
    href: '/operate/faults',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "FaultReport" WHERE ${anyOf('status', 'FaultStatus', OPEN_FAULT_STATUSES)}`,
    oldest: async (take) =>
      (
        await db.faultReport.findMany({
          where: { status: { in: [...OPEN_FAULT_STATUSES] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, createdAt: true, description: true, resource: { select: { name: true } }, space: { select: { name: true } } },
        })
      ).map((f) => ({ id: f.id, title: f.resource?.name ?? f.space.name, detail: f.description.slice(0, 60), since: f.createdAt, href: `/operate/faults/${f.id}` })),
  },
  {
    key: 'proposals',
    label: 'proposals',
    href: '/operate/participation',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "Proposal" WHERE "hiddenAt" IS NULL AND ${anyOf('status', 'ProposalStatus', WAITING_STATUSES)}`,
    oldest: async (take) =>
      (
        await db.proposal.findMany({
          where: PROPOSALS_TO_ANSWER,
          // Oldest first like every queue; an escalated one is old by definition and flagged on its page.
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, title: true, createdAt: true, consultation: { select: { title: true } } },
        })
      ).map((p) => ({ id: p.id, title: p.title, detail: p.consultation.title, since: p.createdAt, href: `/operate/participation/proposals/${p.id}` })),
  },
  {
    key: 'reportedContent',
    label: 'reportedContent',
    href: '/operate/participation',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "ModeratedContent" WHERE ${anyOf('state', 'ModerationState', [MODERATION_WAITING.state])}`,
    oldest: async (take) =>
      (await listWaitingContent(take)).map((m) => ({ id: `${m.contentType}:${m.contentId}`, title: m.title || m.contentType, detail: `${m.contentType} ×${m.reportCount}`, since: m.createdAt, href: '/operate/participation#reported' })),
  },
  {
    key: 'ratingCases',
    label: 'ratingCases',
    href: '/operate/ratings',
    permission: 'space:operate',
    waiting: Prisma.sql`SELECT count(*) FROM "RatingCase" WHERE ${anyOf('status', 'RatingCaseStatus', OPEN_CASE_STATUSES)}`,
    oldest: async (take) =>
      (
        await db.ratingCase.findMany({
          where: { status: { in: OPEN_CASE_STATUSES } },
          orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
          take,
          select: { id: true, openedAt: true, status: true, rating: { select: { serviceType: true, level: true } } },
        })
      ).map((c) => ({ id: c.id, title: c.rating.serviceType, detail: c.rating.level, since: c.openedAt, href: `/operate/ratings/${c.id}` })),
  },
];

export type InboxSummary = { key: string; label: string; href: string; count: number; items: InboxItem[] };

/**
 * The counts of the queues the actor may work, once per request: the console's sidebar (its
 * layout) and its home page both show them. Keyed by primitives, as React's cache compares them.
 */
const countsOnce = cache(async (id: string, roles: string): Promise<Record<string, number>> => {
  const actor: Actor = { id, roles: roles ? (roles.split(',') as Actor['roles'][number][]) : [] };
  const mine = INBOX_QUEUES.filter((q) => can(actor, q.permission));
  if (mine.length === 0) return {};
  // Keys are this module's constants, never input.
  const columns = Prisma.join(mine.map((q) => Prisma.sql`(${q.waiting})::int AS ${Prisma.raw(`"${q.key}"`)}`));
  const [row] = await db.$queryRaw<Record<string, number>[]>`SELECT ${columns}`;
  return Object.fromEntries(mine.map((q) => [q.key, Number(row[q.key])]));
});
const countsOf = (actor: Actor) => countsOnce(actor.id, [...actor.roles].sort().join(','));

/** Every queue the actor may work, with its count and oldest items; the queue waiting longest comes first. */
export async function loadInbox(actor: Actor, take = 5): Promise<InboxSummary[]> {
  const mine = INBOX_QUEUES.filter((q) => can(actor, q.permission));
  const counts = await countsOf(actor);
  // An empty queue has nothing to list.
  const items = await Promise.all(mine.map((q) => (counts[q.key] ? q.oldest(take) : Promise.resolve([]))));
  const loaded = mine.map((q, i) => ({ key: q.key, label: q.label, href: q.href, count: counts[q.key] ?? 0, items: items[i] }));
  const since = (s: InboxSummary) => s.items[0]?.since.getTime() ?? Number.POSITIVE_INFINITY;
  return loaded.sort((a, b) => since(a) - since(b));
}

/** Only the counts, for the sidebar's badges. */
export async function loadInboxCounts(actor: Actor): Promise<Record<string, number>> {
  return countsOf(actor);
}
