import { describe, expect, it } from 'vitest';
import { DEFAULT_TASK_RULES } from '@/lib/tasks/policy';
import { withDemo } from '../demo-rollback';

const DEMO = '%@demo.zcs.cn';

describe('the demo tasks', () => {
  it('follow the rules the app enforces on money and points', async () => {
    await withDemo(async (tx) => {
      // Nobody works on, or applied to, a task of their own project's team.
      const [team] = await tx.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Task" t
        JOIN "User" poster ON poster.id = t."postedById" AND poster.email LIKE ${DEMO}
        JOIN "ProjectMember" m ON m."projectId" = t."projectId"
        WHERE EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t.id AND a."userId" = m."userId")
           OR EXISTS (SELECT 1 FROM "TaskApplication" p WHERE p."taskId" = t.id AND p."userId" = m."userId")`;
      expect(Number(team.n)).toBe(0);

      // Every live bounty task was approved by someone other than its poster; one waits for approval.
      const bounty = await tx.task.findMany({ where: { postedBy: { email: { endsWith: '@demo.zcs.cn' } }, bountyFen: { gt: 0 }, status: { notIn: ['DRAFT', 'PENDING_APPROVAL', 'CANCELLED', 'EXPIRED'] } }, select: { approvedById: true, postedById: true } });
      expect(bounty.length).toBeGreaterThan(0);
      for (const t of bounty) expect(t.approvedById !== null && t.approvedById !== t.postedById).toBe(true);
      expect(await tx.task.count({ where: { postedBy: { email: { endsWith: '@demo.zcs.cn' } }, status: 'PENDING_APPROVAL' } })).toBeGreaterThan(0);

      // Paid bounties were released by neither the poster nor the payee.
      const paid = await tx.payout.findMany({ where: { status: 'PAID', user: { email: { endsWith: '@demo.zcs.cn' } } }, select: { paidById: true, userId: true, assignment: { select: { task: { select: { postedById: true } } } } } });
      expect(paid.length).toBeGreaterThan(0);
      for (const p of paid) expect([p.userId, p.assignment.task.postedById]).not.toContain(p.paidById);

      // No poster gave one member more task points in a calendar month (Beijing time) than the cap.
      const [pairs] = await tx.$queryRaw<{ top: number | null; unnamed: bigint }[]>`
        WITH demo AS (SELECT p.* FROM "PointsEntry" p JOIN "User" u ON u.id = p."userId" AND u.email LIKE ${DEMO} WHERE p.source = 'TASK')
        SELECT (SELECT max(total)::int FROM (SELECT sum(points) AS total FROM demo
                  GROUP BY "grantorId", "userId", date_trunc('month', "createdAt" AT TIME ZONE 'Asia/Shanghai')) s) AS top,
               (SELECT count(*) FROM demo WHERE "grantorId" IS NULL) AS unnamed`;
      expect(pairs.top ?? 0).toBeLessThanOrEqual(DEFAULT_TASK_RULES.monthlyPointsCap);
      expect(Number(pairs.unnamed)).toBe(0);
    });
  });
});
