import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { can, type Actor } from '@/lib/auth/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus, ProjectStage } from '@/lib/generated/prisma/enums';
import { visibleProjectWhere } from '@/lib/projects/queries';
import { findHiddenNotice } from '@/lib/moderation/queries';
import type { CampaignSearch } from './schemas';
import { PUBLIC_CAMPAIGN_STATUSES } from './policy';
import { escapeLike } from '@/lib/search';

type Viewer = { id: string; roles?: Actor['roles'] } | null;

/** Published campaigns anyone may open (subject to the project's visibility). */
export const PUBLISHED: CampaignStatus[] = ['LIVE', 'SUCCEEDED', 'FAILED'];
/** How long an ended campaign stays in the browse list. */
const RECENT_DAYS = 30;

/** Statuses in which a campaign is public (subject to its project's visibility). */
const SHOWN: CampaignStatus[] = [...PUBLIC_CAMPAIGN_STATUSES];

/**
 * Who may see a campaign, as a filter: its project's team and operators always; anyone else
 * once it is approved (or was cancelled after it started) and only if they may see the project.
 * The campaign page and every read or write of a campaign (pledges, Q&A, watchlist) start
 * from it, so a campaign the actor may not see is not found, whether or not it exists.
 */
export function visibleCampaignWhere(viewer: Viewer, now = new Date()): Prisma.CampaignWhereInput {
  if (viewer && can({ id: viewer.id, roles: viewer.roles ?? [] }, 'space:operate')) return {};
  const shown: Prisma.CampaignWhereInput = {
    AND: [{ OR: [{ status: { in: SHOWN } }, { status: 'CANCELLED', startsAt: { lte: now } }] }, { hiddenAt: null }, { project: visibleProjectWhere(viewer) }],
  };
  if (!viewer) return shown;
  return { OR: [{ project: { members: { some: { userId: viewer.id } } } }, shown] };
}

/** The project visibility rule (lib/projects/queries) in SQL, for the aggregate queries. */
function projectVisibleSql(viewer: Viewer): Prisma.Sql {
  if (!viewer) return Prisma.sql`pr.visibility = 'PUBLIC'`;
  return Prisma.sql`(pr.visibility IN ('PUBLIC', 'MEMBERS') OR EXISTS (SELECT 1 FROM "ProjectMember" pm WHERE pm."projectId" = pr.id AND pm."userId" = ${viewer.id}))`;
}

export type CampaignCard = {
  id: string;
  title: string;
  status: CampaignStatus;
  goalFen: number;
  raisedFen: number;
  backers: number;
  recentPledges: number;
  startsAt: Date | null;
  endsAt: Date | null;
  projectId: string;
  projectName: string;
  coverKey: string | null;
  sectors: string[];
  stage: ProjectStage;
};

type CardRow = Omit<CampaignCard, 'raisedFen'> & { raisedFen: bigint; sk: string };

function encodeCursor(sk: string, id: string): string {
  return Buffer.from(JSON.stringify([sk, id])).toString('base64url');
}
function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && /^-?\d+(\.\d+)?$/.test(v[0]) && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    // fall through: a bad cursor starts from the top
  }
  return null;
}

type CampaignPage = { items: CampaignCard[]; nextCursor: string | null };

/**
 * Browse: LIVE and recently ended campaigns with their totals (kept on the campaign row by the
 * pledge trigger, in the pledge's own transaction). Every sort is a numeric key, descending,
 * with the id as tie-break, so the keyset cursor never repeats or skips a card. No cache of its
 * own: a per-process copy could not learn of another instance's writes (lib/cache does).
 */
/**
 * The browse list as the viewer sees it. `beyondPublic`: only what a visitor would not see
 * (campaigns of members-only projects and of the viewer's own private ones), for the personal
 * part of the cached list.
 */
export async function listCampaigns(viewer: Viewer, params: CampaignSearch, opts: { now?: Date; beyondPublic?: boolean } = {}): Promise<CampaignPage> {
  return queryCampaigns(viewer, params, opts.now ?? new Date(), opts.beyondPublic ?? false);
}

async function queryCampaigns(viewer: Viewer, params: CampaignSearch, now: Date, beyondPublic: boolean): Promise<CampaignPage> {
  const since48h = new Date(now.getTime() - 48 * 3600_000);
  const recent = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const soon = new Date(now.getTime() + 3 * 86_400_000);
  const q = params.q?.trim();
  const filters: Prisma.Sql[] = [
    Prisma.sql`(c.status = 'LIVE' OR (c.status IN ('SUCCEEDED', 'FAILED') AND c."endsAt" > ${recent}))`,
    // Hidden by moderation (the campaign or its project): out of the list for everyone.
    Prisma.sql`c."hiddenAt" IS NULL AND pr."hiddenAt" IS NULL`,
    projectVisibleSql(viewer),
  ];
  if (beyondPublic) filters.push(Prisma.sql`pr.visibility <> 'PUBLIC'`);
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    filters.push(Prisma.sql`(c.title ILIKE ${pattern} OR pr.name ILIKE ${pattern})`);
  }
  if (params.sector) filters.push(Prisma.sql`${params.sector} = ANY(pr.sectors)`);
  if (params.stage) filters.push(Prisma.sql`pr.stage = ${params.stage}::"ProjectStage"`);
  if (params.endingSoon) filters.push(Prisma.sql`c.status = 'LIVE' AND c."endsAt" <= ${soon}`);

  const sortKey = {
    trending: Prisma.sql`s."recentPledges"::numeric`,
    funded: Prisma.sql`floor(s."raisedFen"::numeric * 10000 / s."goalFen")`,
    newest: Prisma.sql`floor(extract(epoch FROM COALESCE(s."startsAt", s."createdAt")) * 1000)`,
    // Soonest first among LIVE ones, then the ended ones, most recently ended first.
    ending: Prisma.sql`CASE WHEN s.status = 'LIVE' THEN 10000000000000 - floor(extract(epoch FROM s."endsAt") * 1000) ELSE floor(extract(epoch FROM s."endsAt") * 1000) - 10000000000000 END`,
  }[params.sort];
  const cursor = decodeCursor(params.cursor);
  const funded = params.funded ?? 0;

  // Totals come from the campaign row (kept by a trigger); only the last 48 hours of pledges
  // are read, for "trending". The work grows with the number of listed campaigns, not pledges.
  const rows = await db.$queryRaw<CardRow[]>`
    WITH recent AS (
      SELECT "campaignId", count(*)::int AS n FROM "Pledge"
      WHERE "createdAt" > ${since48h} AND status <> 'CANCELLED'
      GROUP BY "campaignId"
    ), s AS (
      SELECT c.id, c.title, c.status, c."goalFen", c."startsAt", c."endsAt", c."createdAt", c."coverKey",
             pr.id AS "projectId", pr.name AS "projectName", pr.sectors, pr.stage,
             c."raisedFen", c."backerCount" AS backers, COALESCE(r.n, 0) AS "recentPledges"
      FROM "Campaign" c
      JOIN "Project" pr ON pr.id = c."projectId"
      LEFT JOIN recent r ON r."campaignId" = c.id
      WHERE ${Prisma.join(filters, ' AND ')}
    ), k AS (
      SELECT s.*, (${sortKey})::numeric AS sk FROM s
      WHERE s."raisedFen" * 100 >= ${funded}::bigint * s."goalFen"
    )
    SELECT k.*, k.sk::text AS sk FROM k
    ${cursor ? Prisma.sql`WHERE (k.sk, k.id) < (${cursor[0]}::numeric, ${cursor[1]})` : Prisma.empty}
    ORDER BY k.sk DESC, k.id DESC
    LIMIT ${params.limit + 1}`;
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sk: _sk, ...r }) => ({ ...r, raisedFen: Number(r.raisedFen) })),
    nextCursor: rows.length > params.limit && last ? encodeCursor(last.sk, last.id) : null,
  };
}

/**
 * Cumulative pledged amount per day, for the chart: read from the per-day rows the pledge
 * trigger keeps (CampaignDay), a row per day with pledges rather than every pledge.
 */
export async function fundingSeries(campaignId: string): Promise<{ day: string; totalFen: number }[]> {
  const rows = await db.$queryRaw<{ day: string; total: bigint }[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS day, SUM("pledgedFen") OVER (ORDER BY "day")::bigint AS total
    FROM "CampaignDay" WHERE "campaignId" = ${campaignId} AND "pledgedFen" > 0
    ORDER BY "day"`;
  return rows.map((r) => ({ day: r.day, totalFen: Number(r.total) }));
}

/**
 * One campaign for its page. Drafts and campaigns under review are seen by the project's team
 * and operators only; published ones follow the project's visibility. Others get null (404).
 */
// cache(): the page and its metadata ask for the same campaign in one request.
export const findCampaign = cache(async (viewer: Viewer, id: string) => {
  const c = await db.campaign.findFirst({
    where: { AND: [{ id }, visibleCampaignWhere(viewer)] },
    select: {
      id: true, title: true, coverKey: true, story: true, risks: true, goalFen: true, currency: true, minPledgeFen: true, durationDays: true, startsAt: true, endsAt: true,
      faq: true, status: true, reviewNote: true, hiddenAt: true, createdById: true, submittedAt: true, closedAt: true, settledAt: true, createdAt: true, raisedFen: true, backerCount: true,
      project: { select: { id: true, name: true, pitch: true, visibility: true, sectors: true, stage: true, organization: true, members: { orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }], select: { userId: true, role: true, user: { select: { name: true } } } } } },
      tiers: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, description: true, amountFen: true, quantity: true, claimed: true, deliveryMonth: true, shipsPhysical: true } },
      updates: { orderBy: { createdAt: 'desc' }, take: 20, select: { id: true, title: true, body: true, createdAt: true } },
    },
  });
  if (!c) return null;
  // A read never writes: an approved campaign whose start has come is shown LIVE; the minute job
  // (or the first pledge, lib/pledges/service.ts) records it.
  if (c.status === 'APPROVED' && c.startsAt && c.startsAt <= new Date()) c.status = 'LIVE';
  const teamRole = viewer ? (c.project.members.find((m) => m.userId === viewer.id)?.role ?? null) : null;
  const operator = viewer ? can({ id: viewer.id, roles: viewer.roles ?? [] }, 'space:operate') : false;
  const comments = await db.campaignComment.findMany({
    where: { campaignId: id, ...(operator ? {} : { hiddenAt: null }) },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, body: true, answer: true, answeredAt: true, hiddenAt: true, createdAt: true, authorId: true, author: { select: { name: true } } },
  });
  const [series, watching, hidden] = await Promise.all([
    fundingSeries(id),
    viewer ? db.campaignWatch.count({ where: { userId: viewer.id, campaignId: id } }) : Promise.resolve(0),
    findHiddenNotice('campaign', id, c.hiddenAt),
  ]);
  const { members, ...rest } = c.project;
  // The creator card names the team (names only: the public page shows nothing else of them).
  const project = { ...rest, team: members.map((m) => ({ name: m.user.name, role: m.role })) };
  const { raisedFen, backerCount, ...campaign } = c;
  return { ...campaign, project, comments, hidden, raisedFen: Number(raisedFen), backers: backerCount, series, isOwner: teamRole === 'OWNER', isOperator: operator, canReview: operator && teamRole === null, watching: watching > 0 };
});
export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

/** The viewer's own pledges: never anyone else's (the backer is in the where). */
export async function listMyPledges(actor: Actor, campaignId?: string) {
  return db.pledge.findMany({
    where: { backerId: actor.id, ...(campaignId ? { campaignId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, amountFen: true, status: true, orderNumber: true, createdAt: true, tier: { select: { title: true } }, campaign: { select: { id: true, title: true, status: true, endsAt: true } } },
  });
}

/** One of the viewer's own pledges, for its receipt; anyone else's is not found (null). */
export async function findMyPledge(actor: Actor, pledgeId: string) {
  return db.pledge.findFirst({
    where: { id: pledgeId, backerId: actor.id },
    select: {
      id: true, amountFen: true, status: true, orderNumber: true, paymentMethod: true, shipName: true, shipPhone: true, shipAddress: true, createdAt: true,
      tier: { select: { title: true, deliveryMonth: true, shipsPhysical: true } },
      campaign: { select: { id: true, title: true, status: true, endsAt: true, project: { select: { id: true, name: true } } } },
    },
  });
}

/** Campaigns of the projects the member owns, any status. */
export async function listOwnedCampaigns(actor: Actor) {
  return db.campaign.findMany({
    where: { project: { members: { some: { userId: actor.id, role: 'OWNER' } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, title: true, status: true, goalFen: true, endsAt: true, reviewNote: true, project: { select: { name: true } } },
  });
}

/** The operators' review queue. */
export async function listSubmittedCampaigns(actor: Actor) {
  if (!can(actor, 'space:operate')) return [];
  return db.campaign.findMany({
    where: { status: 'SUBMITTED' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 50,
    select: { id: true, title: true, goalFen: true, durationDays: true, startsAt: true, submittedAt: true, project: { select: { name: true } } },
  });
}

/** A draft for its owner's edit form; null for anyone else. */
export async function findCampaignForOwner(actor: Actor, id: string) {
  return db.campaign.findFirst({
    where: { id, project: { members: { some: { userId: actor.id, role: 'OWNER' } } } },
    select: {
      id: true, projectId: true, title: true, coverKey: true, story: true, risks: true, goalFen: true, minPledgeFen: true, durationDays: true, startsAt: true, faq: true, status: true, reviewNote: true,
      tiers: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { title: true, description: true, amountFen: true, quantity: true, deliveryMonth: true, shipsPhysical: true } },
    },
  });
}

export async function listWatchedCampaigns(actor: Actor) {
  return db.campaignWatch.findMany({
    // A project that turned private since takes its campaign off the list.
    where: { userId: actor.id, campaign: visibleCampaignWhere(actor) },
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: { campaign: { select: { id: true, title: true, status: true, goalFen: true, endsAt: true } } },
  });
}

/** A project's campaigns that the viewer may see, newest first (for the project page). */
export async function listProjectCampaigns(viewer: Viewer, projectId: string) {
  const rows = await db.campaign.findMany({
    where: { AND: [{ projectId }, visibleCampaignWhere(viewer)] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 10,
    select: { id: true, title: true, status: true, goalFen: true, raisedFen: true, endsAt: true },
  });
  return rows.map((r) => ({ ...r, raisedFen: Number(r.raisedFen) }));
}
