import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { taskBadges, type BadgeKey } from '@/lib/tasks/policy';
import { visibleProjectWhere } from '@/lib/projects/queries';
import { monthRange, POINTS_TIME_ZONE } from './month';
import { hasConsent } from '@/lib/accounts/consents-service';

/** The balance is the ledger's sum: there is no stored counter to drift. */
export async function pointsBalance(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`SELECT sum("points")::bigint AS total FROM "PointsEntry" WHERE "userId" = ${userId}`;
  return Number(row?.total ?? 0);
}

export async function pointsHistory(userId: string, limit = 20) {
  return db.pointsEntry.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, points: true, source: true, note: true, createdAt: true },
  });
}

/** Months (first instant, Beijing time) that the member topped, completed months only. */
async function monthsTopped(userId: string, now: Date): Promise<Date[]> {
  const { start } = monthRange(now);
  // Only the months the member earned anything in can be months they topped: rank those
  // months alone (each read through the createdAt index), not the whole ledger's history.
  const rows = await db.$queryRaw<{ month: Date }[]>`
    WITH mine AS (
      SELECT DISTINCT date_trunc('month', "createdAt" AT TIME ZONE ${POINTS_TIME_ZONE}) AS month
      FROM "PointsEntry" WHERE "userId" = ${userId} AND "createdAt" < ${start}
    ), monthly AS (
      SELECT p."userId", m.month, sum(p."points") AS total
      FROM mine m
      JOIN "PointsEntry" p ON p."createdAt" >= (m.month AT TIME ZONE ${POINTS_TIME_ZONE})
                          AND p."createdAt" < ((m.month + interval '1 month') AT TIME ZONE ${POINTS_TIME_ZONE})
      GROUP BY 1, 2
    ), ranked AS (
      SELECT "userId", month, rank() OVER (PARTITION BY month ORDER BY total DESC) AS r FROM monthly
    )
    SELECT (month AT TIME ZONE ${POINTS_TIME_ZONE}) AS month FROM ranked WHERE r = 1 AND "userId" = ${userId} ORDER BY month DESC`;
  return rows.map((r) => r.month);
}

export type Badge = { key: BadgeKey; month?: Date };

/** Balance, accepted tasks and badges (levels by task count, and every month topped). */
export async function contributionSummary(userId: string, now = new Date()) {
  const [balance, completedTasks, topped, monthPoints] = await Promise.all([
    pointsBalance(userId),
    db.taskAssignment.count({ where: { userId, status: 'COMPLETED' } }),
    monthsTopped(userId, now),
    (async () => {
      const { start, end } = monthRange(now);
      const agg = await db.pointsEntry.aggregate({ where: { userId, createdAt: { gte: start, lt: end } }, _sum: { points: true } });
      return agg._sum.points ?? 0;
    })(),
  ]);
  const badges: Badge[] = [...taskBadges(completedTasks).map((key) => ({ key })), ...topped.map((month) => ({ key: 'topOfMonth' as const, month }))];
  return { balance, monthPoints, completedTasks, badges };
}
export type ContributionSummary = Awaited<ReturnType<typeof contributionSummary>>;

export type LeaderRow = { userId: string; name: string; organization: string; points: number; rank: number };

/**
 * Points per member for this month (Beijing time) or all time. Members who chose to hide are
 * left out entirely; ties share a rank and are listed by id so the order is stable.
 */
export async function leaderboard(period: 'month' | 'all', now = new Date(), limit = 50): Promise<LeaderRow[]> {
  const { start, end } = monthRange(now);
  const window = period === 'month' ? Prisma.sql`AND p."createdAt" >= ${start} AND p."createdAt" < ${end}` : Prisma.empty;
  const rows = await db.$queryRaw<{ userId: string; name: string; organization: string; points: bigint; rank: bigint }[]>`
    SELECT u.id AS "userId", u.name, u.organization, sum(p.points)::bigint AS points,
           rank() OVER (ORDER BY sum(p.points) DESC) AS rank
    FROM "PointsEntry" p JOIN "User" u ON u.id = p."userId"
    WHERE u."hideFromLeaderboards" = false ${window}
    GROUP BY u.id
    ORDER BY points DESC, u.id
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, points: Number(r.points), rank: Number(r.rank) }));
}

/**
 * A member's public contribution page. Null for an unknown id. A member who chose privacy is
 * shown by name only (`hidden`): no organisation, bio, skills, points or tasks, unless they
 * look at it themselves. Tasks of projects the viewer may not see are never listed.
 */
export async function findMemberContributions(viewer: { id: string } | null, memberId: string, now = new Date()) {
  const found = await db.user.findUnique({ where: { id: memberId }, select: { id: true, name: true, hideFromLeaderboards: true } });
  if (!found) return null;
  const self = viewer?.id === found.id;
  // The public page is a separate, revocable consent (PIPL art. 25), apart from the leaderboard.
  const publicProfile = self || (await hasConsent(db, found.id, 'PUBLIC_PROFILE'));
  if ((found.hideFromLeaderboards || !publicProfile) && !self) {
    return { member: { id: found.id, name: found.name, hideFromLeaderboards: true }, hidden: true as const, summary: null, completed: [] };
  }
  const [member, summary, completed] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, name: true, avatarKey: true, organization: true, bio: true, skills: true, hideFromLeaderboards: true } }),
    contributionSummary(found.id, now),
    db.taskAssignment.findMany({
      where: { userId: found.id, status: 'COMPLETED', task: { hiddenAt: null, OR: [{ projectId: null }, { project: visibleProjectWhere(viewer) }] } },
      orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: { id: true, completedAt: true, task: { select: { id: true, title: true, category: true, rewardPoints: true, project: { select: { name: true } }, partnerName: true } } },
    }),
  ]);
  return { member, hidden: false as const, summary, completed };
}

export async function findLeaderboardPrivacy(userId: string): Promise<boolean> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { hideFromLeaderboards: true } });
  return u.hideFromLeaderboards;
}
