import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { OPEN_STATUSES as OPEN_FAULT_STATUSES } from '@/lib/faults/policy';
import { listWaitingContent, MODERATION_WAITING } from '@/lib/moderation/queries';
import { WAITING_STATUSES } from '@/lib/participation/policy';
import { OPEN_CASE_STATUSES } from '@/lib/ratings/policy';

/** One waiting item of a queue: what it is, since when it waits, where to act on it. */
export type InboxItem = { id: string; title: string; detail: string; since: Date; href: string; /** `detail` is a role, shown by its name. */ detailIsRole?: boolean };

/** A queue's oldest item as its SQL selects it (`row`): the columns id, title, detail, since. */
type InboxRow = { id: string; title: string; detail: string; since: Date };

/**
 * One queue of the operator's inbox. A new queue (fault reports, proposals to answer, rating
 * cases, reported content) is one more entry in INBOX_QUEUES: what waits, its oldest items,
 * oldest first, and the page where it is worked. `label` is a key of the `console.queues`
 * messages. Every read is behind `permission`, checked before the query runs.
 *
 * What waits is SQL, once: `from` (the table, the joins its row needs, the condition), `row`
 * (id, title, detail, since) and `order`. Every console page shows the counts in its sidebar,
 * and the console's home the oldest items too: all queues are counted in one statement and
 * listed in another, not in one or more per queue. A queue whose items need more than SQL
 * (reported content: each kind of content finds its own title) lists them with `list` instead.
 */
type QueueBase = { key: string; label: string; href: string; permission: Permission; from: Prisma.Sql };
export type InboxQueue =
  | (QueueBase & { row: Prisma.Sql; order: Prisma.Sql; item: (row: InboxRow) => InboxItem; list?: never })
  | (QueueBase & { list: (take: number) => Promise<InboxItem[]>; row?: never; order?: never; item?: never });

/** `column = ANY(list)` for an enum column, from the policy's own list of statuses. */
const anyOf = (column: string, enumType: string, values: readonly string[]) => Prisma.sql`${Prisma.raw(column)} = ANY(CAST(${[...values]} AS ${Prisma.raw(`"${enumType}"[]`)}))`;

export const INBOX_QUEUES: readonly InboxQueue[] = [
  {
    key: 'bookings',
    label: 'bookings',
    href: '/operate/bookings',
    permission: 'space:operate',
    from: Prisma.sql`"Booking" x JOIN "Resource" r ON r.id = x."resourceId" JOIN "User" u ON u.id = x."userId" WHERE x.status = 'PENDING'`,
    row: Prisma.sql`x.id, r.name AS title, u.name AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, href: `/operate/bookings?focus=${r.id}` }),
  },
  {
    key: 'campaigns',
    label: 'campaigns',
    href: '/operate/campaigns',
    permission: 'space:operate',
    from: Prisma.sql`"Campaign" x JOIN "Project" p ON p.id = x."projectId" WHERE x.status = 'SUBMITTED'`,
    row: Prisma.sql`x.id, x.title, p.name AS detail, coalesce(x."submittedAt", x."createdAt") AS since`,
    order: Prisma.sql`x."submittedAt", x.id`,
    item: (r) => ({ ...r, href: `/operate/campaigns/${r.id}` }),
  },
  {
    key: 'roleRequests',
    label: 'roleRequests',
    href: '/operate/role-requests',
    permission: 'roleRequest:review',
    from: Prisma.sql`"RoleRequest" x JOIN "User" u ON u.id = x."userId" WHERE x.status = 'PENDING'`,
    row: Prisma.sql`x.id, u.name AS title, x.role::text AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, detailIsRole: true, href: '/operate/role-requests' }),
  },
  {
    key: 'applications',
    label: 'applications',
    href: '/admissions',
    permission: 'space:operate',
    from: Prisma.sql`"Application" x JOIN "Project" p ON p.id = x."projectId" JOIN "IntakeRound" ir ON ir.id = x."roundId" WHERE x.status IN ('SUBMITTED', 'UNDER_REVIEW')`,
    row: Prisma.sql`x.id, p.name AS title, ir.name AS detail, coalesce(x."submittedAt", x."createdAt") AS since`,
    order: Prisma.sql`x."submittedAt", x.id`,
    item: (r) => ({ ...r, href: `/admissions/applications/${r.id}` }),
  },
  {
    key: 'taskApprovals',
    label: 'taskApprovals',
    href: '/operate/task-approvals',
    permission: 'task:resolve-dispute',
    from: Prisma.sql`"Task" x JOIN "User" u ON u.id = x."postedById" WHERE x.status = 'PENDING_APPROVAL'`,
    row: Prisma.sql`x.id, x.title, u.name AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    // Waiting for approval, so not public yet: its signed-in page.
    item: (r) => ({ ...r, href: `/tasks/${r.id}/view` }),
  },
  {
    key: 'payouts',
    label: 'payouts',
    href: '/operate/payouts',
    permission: 'payout:manage',
    from: Prisma.sql`"Payout" x JOIN "User" u ON u.id = x."userId" JOIN "TaskAssignment" a ON a.id = x."assignmentId" JOIN "Task" t ON t.id = a."taskId" WHERE x.status = 'PENDING'`,
    row: Prisma.sql`x.id, t.title, u.name AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, href: '/operate/payouts' }),
  },
  {
    key: 'disputes',
    label: 'disputes',
    href: '/tasks/operations',
    permission: 'task:resolve-dispute',
    from: Prisma.sql`"TaskSubmission" x JOIN "Task" t ON t.id = x."taskId" JOIN "TaskAssignment" a ON a.id = x."assignmentId" JOIN "User" u ON u.id = a."userId" WHERE x.status = 'DISPUTED'`,
    row: Prisma.sql`x.id, t.title, u.name AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, href: '/tasks/operations' }),
  },
  {
    key: 'faults',
    label: 'faults',
    href: '/operate/faults',
    permission: 'space:operate',
    // A fault of the space itself has no resource: it is named by its space.
    from: Prisma.sql`"FaultReport" x JOIN "Space" sp ON sp.id = x."spaceId" LEFT JOIN "Resource" r ON r.id = x."resourceId" WHERE ${anyOf('x.status', 'FaultStatus', OPEN_FAULT_STATUSES)}`,
    row: Prisma.sql`x.id, coalesce(r.name, sp.name) AS title, left(x.description, 60) AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, href: `/operate/faults/${r.id}` }),
  },
  {
    key: 'proposals',
    label: 'proposals',
    href: '/operate/participation',
    permission: 'space:operate',
    // PROPOSALS_TO_ANSWER (lib/participation/queries.ts). Oldest first like every queue; an
    // escalated one is old by definition and flagged on its page.
    from: Prisma.sql`"Proposal" x JOIN "Consultation" c ON c.id = x."consultationId" WHERE x."hiddenAt" IS NULL AND ${anyOf('x.status', 'ProposalStatus', WAITING_STATUSES)}`,
    row: Prisma.sql`x.id, x.title, c.title AS detail, x."createdAt" AS since`,
    order: Prisma.sql`x."createdAt", x.id`,
    item: (r) => ({ ...r, href: `/operate/participation/proposals/${r.id}` }),
  },
  {
    key: 'reportedContent',
    label: 'reportedContent',
    href: '/operate/participation',
    permission: 'space:operate',
    from: Prisma.sql`"ModeratedContent" x WHERE ${anyOf('x.state', 'ModerationState', [MODERATION_WAITING.state])}`,
    list: async (take) =>
      (await listWaitingContent(take)).map((m) => ({ id: `${m.contentType}:${m.contentId}`, title: m.title || m.contentType, detail: `${m.contentType} ×${m.reportCount}`, since: m.createdAt, href: '/operate/participation#reported' })),
  },
  {
    key: 'ratingCases',
    label: 'ratingCases',
    href: '/operate/ratings',
    permission: 'space:operate',
    from: Prisma.sql`"RatingCase" x JOIN "ServiceRating" sr ON sr.id = x."ratingId" WHERE ${anyOf('x.status', 'RatingCaseStatus', OPEN_CASE_STATUSES)}`,
    row: Prisma.sql`x.id, sr."serviceType"::text AS title, sr.level::text AS detail, x."openedAt" AS since`,
    order: Prisma.sql`x."openedAt", x.id`,
    item: (r) => ({ ...r, href: `/operate/ratings/${r.id}` }),
  },
];

export type InboxSummary = { key: string; label: string; href: string; count: number; items: InboxItem[] };

/** A queue's key as a column name: this module's constants only, never input. */
const keyOf = (q: InboxQueue) => Prisma.raw(`"${q.key}"`);

/**
 * The counts of the queues the actor may work, once per request: the console's sidebar (its
 * layout) and its home page both show them. Keyed by primitives, as React's cache compares them.
 */
const countsOnce = cache(async (id: string, roles: string): Promise<Record<string, number>> => {
  const actor: Actor = { id, roles: roles ? (roles.split(',') as Actor['roles'][number][]) : [] };
  const mine = INBOX_QUEUES.filter((q) => can(actor, q.permission));
  if (mine.length === 0) return {};
  const columns = Prisma.join(mine.map((q) => Prisma.sql`(SELECT count(*) FROM ${q.from})::int AS ${keyOf(q)}`));
  const [row] = await db.$queryRaw<Record<string, number>[]>`SELECT ${columns}`;
  return Object.fromEntries(mine.map((q) => [q.key, Number(row[q.key])]));
});
const countsOf = (actor: Actor) => countsOnce(actor.id, [...actor.roles].sort().join(','));

/** The oldest `take` items of each queue given: those in SQL in one statement, the others by their `list`. */
export async function loadOldest(queues: InboxQueue[], take: number): Promise<Map<string, InboxItem[]>> {
  const inSql = queues.filter((q) => q.row);
  const [rows, listed] = await Promise.all([
    inSql.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<(InboxRow & { queue: string; n: number })[]>`${Prisma.join(
          inSql.map((q) => Prisma.sql`(SELECT ${q.key}::text AS queue, (row_number() OVER (ORDER BY ${q.order}))::int AS n, ${q.row} FROM ${q.from} ORDER BY ${q.order} LIMIT ${take})`),
          ' UNION ALL ',
        )}`,
    Promise.all(queues.filter((q) => q.list).map(async (q) => [q.key, await q.list!(take)] as const)),
  ]);
  const byKey = new Map<string, InboxItem[]>([...queues.map((q) => [q.key, []] as [string, InboxItem[]]), ...listed]);
  const sql = new Map(inSql.map((q) => [q.key, q]));
  // UNION ALL promises no order across its branches: each queue's rows are put back in theirs.
  for (const { queue, n: _n, ...row } of [...rows].sort((a, b) => a.n - b.n)) byKey.get(queue)!.push(sql.get(queue)!.item!(row));
  return byKey;
}

/** Every queue the actor may work, with its count and oldest items; the queue waiting longest comes first. */
export async function loadInbox(actor: Actor, take = 5): Promise<InboxSummary[]> {
  const mine = INBOX_QUEUES.filter((q) => can(actor, q.permission));
  const counts = await countsOf(actor);
  // An empty queue has nothing to list.
  const oldest = await loadOldest(mine.filter((q) => counts[q.key]), take);
  const loaded = mine.map((q) => ({ key: q.key, label: q.label, href: q.href, count: counts[q.key] ?? 0, items: oldest.get(q.key) ?? [] }));
  const since = (s: InboxSummary) => s.items[0]?.since.getTime() ?? Number.POSITIVE_INFINITY;
  return loaded.sort((a, b) => since(a) - since(b));
}

/** Only the counts, for the sidebar's badges. */
export async function loadInboxCounts(actor: Actor): Promise<Record<string, number>> {
  return countsOf(actor);
}
