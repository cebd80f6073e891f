import 'server-only';
import type { Tx } from '@/lib/db';
import { awardPoints } from '@/lib/points/service';
import { monthRange } from '@/lib/points/month';
import { notify } from '@/lib/notifications/service';
import { pointsWithinCap } from './policy';
import { readTaskRules } from './rules-queries';

export type RewardOutcome = { points: number; requestedPoints: number; capped: boolean };

/**
 * Points (ledger row) and bounty (payout row) for one accepted assignee; both keyed by the
 * assignment, so a retry grants nothing twice.
 *
 * Points are capped per poster and member per calendar month (Beijing time), so two accounts of
 * one person cannot mint points without bound. The cap is decided under a transaction-scoped
 * advisory lock on the (poster, member) pair: concurrent accepts of the same pair run one after
 * the other and each sums what the ones before it committed (READ COMMITTED sees them), so no
 * read-check-then-write race lets two of them spend the same remainder.
 */
export async function grantReward(
  tx: Tx,
  task: { id: string; title: string; rewardPoints: number; bountyFen: number; postedById: string },
  assignment: { id: string; userId: string },
  now: Date,
): Promise<RewardOutcome> {
  let points = 0;
  if (task.rewardPoints > 0) {
    const pair = `task-points:${task.postedById}:${assignment.userId}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${pair}, 0))`;
    const [rules, used] = [await readTaskRules(tx), await pointsThisMonth(tx, task.postedById, assignment.userId, now)];
    points = pointsWithinCap(task.rewardPoints, used, rules.monthlyPointsCap);
    if (points > 0) {
      const written = await awardPoints(tx, {
        userId: assignment.userId,
        points,
        source: 'TASK',
        sourceKey: `task-accept:${assignment.id}`,
        note: task.title.slice(0, 200),
        grantorId: task.postedById,
        at: now,
      });
      if (!written) points = 0;
    }
    if (points < task.rewardPoints) {
      await notify(tx, { kind: 'taskPointsCapped', recipients: [assignment.userId], subject: { type: 'taskAssignment', id: assignment.id }, data: { title: task.title, points, requested: task.rewardPoints }, link: `/tasks/${task.id}` });
    }
  }
  if (task.bountyFen > 0) {
    await tx.payout.createMany({
      data: [{ assignmentId: assignment.id, taskId: task.id, userId: assignment.userId, amountFen: task.bountyFen }],
      skipDuplicates: true,
    });
  }
  return { points, requestedPoints: task.rewardPoints, capped: points < task.rewardPoints };
}

/** Task points one poster's tasks gave one member in the calendar month of `now`. */
async function pointsThisMonth(tx: Tx, posterId: string, memberId: string, now: Date): Promise<number> {
  const { start, end } = monthRange(now);
  const agg = await tx.pointsEntry.aggregate({
    where: { grantorId: posterId, userId: memberId, source: 'TASK', createdAt: { gte: start, lt: end } },
    _sum: { points: true },
  });
  return agg._sum.points ?? 0;
}
