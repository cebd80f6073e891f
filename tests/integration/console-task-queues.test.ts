import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { listPayoutQueue, listTaskApprovalQueue } from '@/lib/console/queries';
import { payoutQueueSearchSchema, taskApprovalQueueSearchSchema } from '@/lib/console/schemas';
import { cancelTask, claimTask, createTask as createTaskService, reviewSubmission, submitWork } from '@/lib/tasks/service';
import { approveTask, decideTasks, markPayoutPaid, markPayoutsPaid, sendBackTask } from '@/lib/tasks/operations-service';
import { payoutBulkSchema, taskBulkDecisionSchema, taskSchema } from '@/lib/tasks/schemas';
import type { SessionUser } from '@/lib/users/queries';
import { createProject, createTask, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

/** `n` bounty tasks of one founder's project, each waiting for an operator's approval; titles share `tag`. */
async function pendingTasks(founder: SessionUser, n: number, tag: string) {
  const project = await createProject(founder);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = must(await createTaskService(founder, taskSchema.parse({ title: `${tag} 任务 ${i}`, category: i % 2 ? 'DESIGN' : 'SOFTWARE', bountyYuan: i % 3 ? '200' : '0', rewardPoints: i % 3 ? '0' : '300', deadline: '2099-01-01T18:00', projectId: project.id, publish: 'yes' })));
    expect(created.status).toBe('PENDING_APPROVAL');
    ids.push(created.id);
  }
  return ids;
}

/** A bounty of `poster`'s task, accepted and waiting to be recorded as paid. */
async function pendingPayout(poster: SessionUser, amountFen = 20_000, title?: string) {
  const member = await createUser();
  const task = await createTask(poster, { mode: 'FIRST_COME', rewardPoints: 0, bountyFen: amountFen, ...(title ? { title } : {}) });
  must(await claimTask(member, task.id));
  const submission = must(await submitWork(member, { taskId: task.id, body: '完成', links: [] }));
  must(await reviewSubmission(poster, { submissionId: submission.id, decision: 'ACCEPT', feedback: '' }));
  return db.payout.findFirstOrThrow({ where: { userId: member.id, assignment: { taskId: task.id } }, select: { id: true } });
}

describe('bulk task approvals', () => {
  it('approves 20 tasks once each across two operators at once, and names the ones approved, sent back or withdrawn meanwhile', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const [a, b, early] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const ids = await pendingTasks(founder, 20, `批量${randomUUID().slice(0, 6)}`);

    // Changed meanwhile: two approved by another operator, one sent back, two withdrawn by the founder.
    must(await approveTask(early, ids[1]));
    must(await approveTask(early, ids[7]));
    must(await sendBackTask(early, { taskId: ids[4], reason: '请补充验收标准' }));
    must(await cancelTask(founder, ids[10]));
    must(await cancelTask(founder, ids[15]));
    const changed = [ids[1], ids[7], ids[4], ids[10], ids[15]];

    // Both operators select the whole page (and one id twice) and approve at the same moment.
    const [ra, rb] = await Promise.all([
      decideTasks(a, { taskIds: [...ids, ids[0]], decision: 'APPROVE', reason: '' }),
      decideTasks(b, { taskIds: [...ids].reverse(), decision: 'APPROVE', reason: '' }),
    ]);
    const outA = must(ra);
    const outB = must(rb);
    const appliedA = outA.applied.map((x) => x.id);
    const appliedB = outB.applied.map((x) => x.id);
    expect(appliedA.filter((id) => appliedB.includes(id))).toEqual([]);
    expect([...appliedA, ...appliedB].sort()).toEqual(ids.filter((id) => !changed.includes(id)).sort());
    expect(outA.applied.length + outA.refused.length).toBe(20);

    // Each operator is told about every task it did not open, by id, with the reason; a task
    // sent back is its poster's draft again, which operators do not see.
    for (const out of [outA, outB]) {
      for (const id of [ids[1], ids[7], ids[10], ids[15]]) expect(out.refused).toContainEqual({ id, code: 'STATE_CHANGED', message: 'taskStateChanged' });
      expect(out.refused).toContainEqual({ id: ids[4], code: 'NOT_FOUND', message: 'taskNotFound' });
    }

    const rows = await db.task.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, approvedById: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids.filter((x) => !changed.includes(x))) {
      expect(byId.get(id)).toMatchObject({ status: 'OPEN', approvedById: appliedA.includes(id) ? a.id : b.id });
    }
    expect(byId.get(ids[1])).toMatchObject({ status: 'OPEN', approvedById: early.id });
    expect(byId.get(ids[4])?.status).toBe('DRAFT');
    expect(byId.get(ids[10])?.status).toBe('CANCELLED');

    // Exactly one approval entry per opened task, written by whoever opened it.
    const audits = await db.auditLog.groupBy({ by: ['entityId'], where: { entityId: { in: ids }, action: 'task.approve' }, _count: true });
    expect(audits).toHaveLength(ids.length - 3);
    expect(audits.every((x) => x._count === 1)).toBe(true);
    expect(await db.notification.count({ where: { userId: founder.id, kind: 'taskApproved' } })).toBe(ids.length - 3);
  });

  it('sends many tasks back to their drafts with one reason, each audited with it', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const ids = await pendingTasks(founder, 3, `退回${randomUUID().slice(0, 6)}`);
    const out = must(await decideTasks(operator, { taskIds: ids, decision: 'REJECT', reason: '赏金过高，请说明依据' }));
    expect(out.applied.map((x) => x.id).sort()).toEqual([...ids].sort());
    expect(out.refused).toEqual([]);
    const rows = await db.task.findMany({ where: { id: { in: ids } }, select: { status: true, approvalNote: true } });
    expect(rows.every((r) => r.status === 'DRAFT' && r.approvalNote === '赏金过高，请说明依据')).toBe(true);
    const audits = await db.auditLog.findMany({ where: { entityId: { in: ids }, action: 'task.sendBack' }, select: { actorId: true, after: true } });
    expect(audits).toHaveLength(3);
    expect(audits.every((x) => x.actorId === operator.id && (x.after as { reason: string }).reason === '赏金过高，请说明依据')).toBe(true);
  });

  it('refuses a member outright, and refuses an operator’s own task while approving the others', async () => {
    const member = await createUser();
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const [theirs] = await pendingTasks(founder, 1, `越权${randomUUID().slice(0, 6)}`);
    await expect(decideTasks(member, { taskIds: [theirs], decision: 'APPROVE', reason: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideTasks(founder, { taskIds: [theirs], decision: 'APPROVE', reason: '' })).rejects.toBeInstanceOf(ForbiddenError);

    const poster = await createUser({ roles: ['OPERATOR'] });
    const own = must(await createTaskService(poster, taskSchema.parse({ title: '自己的任务', category: 'DESIGN', rewardPoints: '300', deadline: '2099-01-01T18:00', publish: 'yes' })));
    for (const decision of ['APPROVE', 'REJECT'] as const) {
      const out = must(await decideTasks(poster, { taskIds: [own.id], decision, reason: '自己处理' }));
      expect(out).toEqual({ applied: [], refused: [{ id: own.id, code: 'APPROVAL_OWN_TASK', message: 'approvalOwnTask' }] });
    }
    const out = must(await decideTasks(poster, { taskIds: [own.id, theirs], decision: 'APPROVE', reason: '' }));
    expect(out.applied).toEqual([{ id: theirs }]);
    expect(await db.task.findUniqueOrThrow({ where: { id: own.id }, select: { status: true } })).toEqual({ status: 'PENDING_APPROVAL' });
    expect(await db.auditLog.count({ where: { entityId: own.id } })).toBe(0);
  });

  it('asks a reason to send back, and one selected task at least', () => {
    const noReason = taskBulkDecisionSchema.safeParse({ taskIds: ['t1'], decision: 'REJECT', reason: '  ' });
    expect(noReason.success || noReason.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'reasonRequired']]);
    const none = taskBulkDecisionSchema.safeParse({ taskIds: [], decision: 'APPROVE' });
    expect(none.success || none.error.issues[0].message).toBe('selectionEmpty');
    expect(taskBulkDecisionSchema.safeParse({ taskIds: ['t1'], decision: 'DELETE' }).success).toBe(false);
    expect(payoutBulkSchema.safeParse({ payoutIds: ['p1'], decision: 'REJECT' }).success).toBe(false);
  });

  it('filters the queue by search, category and reward, and drops a bad parameter', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const tag = `筛选${randomUUID().slice(0, 6)}`;
    const ids = await pendingTasks(founder, 6, tag);
    const list = (p: Record<string, string>) => listTaskApprovalQueue(operator, taskApprovalQueueSearchSchema.parse({ q: tag, ...p }));
    expect((await list({})).map((t) => t.id)).toEqual(ids);
    expect((await list({ sort: 'newest' })).map((t) => t.id)).toEqual([...ids].reverse());
    // Even indexes are SOFTWARE; every third (0, 3) offers points only.
    expect((await list({ category: 'SOFTWARE' })).map((t) => t.id)).toEqual([ids[0], ids[2], ids[4]]);
    expect((await list({ reward: 'points' })).map((t) => t.id)).toEqual([ids[0], ids[3]]);
    expect((await list({ reward: 'nonsense', category: 'SOFTWARE' })).map((t) => t.id)).toEqual([ids[0], ids[2], ids[4]]);
    await expect(listTaskApprovalQueue(await createUser(), taskApprovalQueueSearchSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('bulk payouts', () => {
  it('records many bounties paid once each, naming the one paid meanwhile and the operator’s own', async () => {
    const [poster, operator, other] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const tag = `赏金${randomUUID().slice(0, 6)}`;
    const payouts = [];
    for (let i = 0; i < 5; i++) payouts.push((await pendingPayout(poster, 10_000 * (i + 1), `${tag} ${i}`)).id);
    const own = (await pendingPayout(operator)).id;
    must(await markPayoutPaid(other, payouts[2]));

    const ids = [...payouts, own];
    const [r1, r2] = await Promise.all([markPayoutsPaid(operator, { payoutIds: ids }), markPayoutsPaid(other, { payoutIds: ids })]);
    const applied = [...must(r1).applied, ...must(r2).applied].map((x) => x.id);
    expect(applied.sort()).toEqual([payouts[0], payouts[1], payouts[3], payouts[4], own].sort());
    expect(must(r1).refused).toContainEqual({ id: own, code: 'PAYOUT_OWN_TASK', message: 'payoutOwnTask' });
    expect(must(r1).refused).toContainEqual({ id: payouts[2], code: 'STATE_CHANGED', message: 'payoutStateChanged' });
    expect(must(r2).refused).toContainEqual({ id: payouts[2], code: 'STATE_CHANGED', message: 'payoutStateChanged' });
    // The operator's own payout went through the other operator only.
    expect(await db.payout.findUniqueOrThrow({ where: { id: own }, select: { paidById: true } })).toEqual({ paidById: other.id });

    const audits = await db.auditLog.groupBy({ by: ['entityId'], where: { entityId: { in: ids }, action: 'payout.paid' }, _count: true });
    expect(audits).toHaveLength(ids.length);
    expect(audits.every((x) => x._count === 1)).toBe(true);

    const queue = (p: Record<string, string>) => listPayoutQueue(operator, payoutQueueSearchSchema.parse({ q: tag, ...p }));
    expect(await queue({})).toEqual([]);
    expect((await queue({ status: 'PAID', sort: 'amount' })).map((p) => p.id)).toEqual([...payouts].reverse());
  });

  it('refuses a member and the poster of a task without the permission', async () => {
    const poster = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    await expect(markPayoutsPaid(member, { payoutIds: ['x'] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markPayoutsPaid(poster, { payoutIds: ['x'] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPayoutQueue(member, payoutQueueSearchSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect(must(await markPayoutsPaid(operator, { payoutIds: ['no-such-payout'] })).refused).toEqual([{ id: 'no-such-payout', code: 'NOT_FOUND', message: 'payoutNotFound' }]);
  });
});
