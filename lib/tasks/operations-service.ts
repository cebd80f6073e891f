import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { notify } from '@/lib/notifications/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { decideEach, type BulkOutcome } from '@/lib/console/bulk';
import { inTransaction, Rollback } from '@/lib/transaction';
import { canReleasePayout, rewardLimitErrors } from './policy';
import { notifyPayoutPaid } from './notifications';
import { readTaskRules } from './rules-queries';
import type { TaskRulesInput } from './schemas';
import { sourcesOf } from '@/lib/state-machine';
import { PAYOUT_TRANSITIONS, TASK_TRANSITIONS } from './policy';

/**
 * An operator who did not post the task lets it open. The task row is locked, the rules are read
 * again (they may have been lowered since the poster asked), and the move is a conditional update
 * from PENDING_APPROVAL, so two operators approving at once open it once.
 */
export async function approveTask(actor: Actor, taskId: string, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'task:resolve-dispute');
  return inTransaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Task" WHERE id = ${taskId} FOR UPDATE`;
    const task = await tx.task.findFirst({
      where: { id: taskId, status: { not: 'DRAFT' } },
      select: { id: true, title: true, status: true, postedById: true, deadline: true, bountyFen: true, rewardPoints: true },
    });
    if (!task) throw new Rollback(fail('NOT_FOUND', 'taskNotFound'));
    if (task.postedById === actor.id) throw new Rollback(fail('APPROVAL_OWN_TASK', 'approvalOwnTask'));
    if (task.status !== 'PENDING_APPROVAL') throw new Rollback(fail('STATE_CHANGED', 'taskStateChanged'));
    if (task.deadline <= now) throw new Rollback(fail('DEADLINE_PASSED', 'approvalDeadlinePassed'));
    if (rewardLimitErrors(task, await readTaskRules(tx))) throw new Rollback(fail('TASK_ABOVE_LIMITS', 'taskAboveSpaceLimits'));
    const { count } = await tx.task.updateMany({
      where: { id: taskId, status: 'PENDING_APPROVAL', postedById: { not: actor.id } },
      data: { status: 'OPEN', publishedAt: now, approvedById: actor.id, approvedAt: now, approvalNote: null },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'taskStateChanged'));
    await recordAudit(tx, { actorId: actor.id, action: 'task.approve', entityType: 'Task', entityId: taskId, before: { status: 'PENDING_APPROVAL' }, after: { status: 'OPEN', bountyFen: task.bountyFen, rewardPoints: task.rewardPoints } });
    await notify(tx, { kind: 'taskApproved', recipients: [task.postedById], subject: { type: 'task', id: taskId }, eventId: now.toISOString(), data: { title: task.title }, link: `/tasks/${taskId}` });
    return ok();
  });
}

/** An operator who did not post the task sends it back to the poster's drafts, with a reason. */
export async function sendBackTask(actor: Actor, input: { taskId: string; reason: string }, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'task:resolve-dispute');
  return inTransaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: input.taskId, status: { not: 'DRAFT' } }, select: { id: true, title: true, postedById: true } });
    if (!task) throw new Rollback(fail('NOT_FOUND', 'taskNotFound'));
    if (task.postedById === actor.id) throw new Rollback(fail('APPROVAL_OWN_TASK', 'approvalOwnTask'));
    const { count } = await tx.task.updateMany({ where: { id: input.taskId, status: { in: sourcesOf(TASK_TRANSITIONS, 'DRAFT') } }, data: { status: 'DRAFT', approvalNote: input.reason } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'taskStateChanged'));
    await recordAudit(tx, { actorId: actor.id, action: 'task.sendBack', entityType: 'Task', entityId: task.id, before: { status: 'PENDING_APPROVAL' }, after: { status: 'DRAFT', reason: input.reason } });
    // A task may be sent back more than once: each time is its own event.
    await notify(tx, { kind: 'taskSentBack', recipients: [task.postedById], subject: { type: 'task', id: task.id }, eventId: now.toISOString(), data: { title: task.title, reason: input.reason }, link: `/tasks/${task.id}` });
    return ok();
  });
}

/**
 * An operator records that a bounty was paid outside the platform. Whoever posted the task or
 * receives the money may not release it (a trigger refuses it too).
 */
export async function markPayoutPaid(actor: Actor, payoutId: string, now = new Date()): Promise<ActionResult> {
  assertCan(actor, 'payout:manage');
  const payout = await db.payout.findUnique({ where: { id: payoutId }, select: { id: true, userId: true, assignment: { select: { task: { select: { postedById: true } } } } } });
  if (!payout) return fail('NOT_FOUND', 'payoutNotFound');
  // Poster and payee of a payout never change, so this read cannot go stale.
  if (!canReleasePayout({ userId: payout.userId, posterId: payout.assignment.task.postedById }, actor.id)) return fail('PAYOUT_OWN_TASK', 'payoutOwnTask');
  return inTransaction(async (tx) => {
    const { count } = await tx.payout.updateMany({ where: { id: payoutId, status: { in: sourcesOf(PAYOUT_TRANSITIONS, 'PAID') }, userId: { not: actor.id } }, data: { status: 'PAID', paidAt: now, paidById: actor.id } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'payoutStateChanged'));
    await notifyPayoutPaid(tx, payoutId);
    await recordAudit(tx, { actorId: actor.id, action: 'payout.paid', entityType: 'Payout', entityId: payoutId, before: { status: 'PENDING' }, after: { status: 'PAID' } });
    return ok();
  });
}

/**
 * The console's bulk approval: each task through approveTask or sendBackTask (its own locked
 * transaction, conditional update and audit entry), so a task approved, sent back or withdrawn
 * by someone else meanwhile, or posted by the operator, is refused and named, never applied twice.
 */
export async function decideTasks(actor: Actor, input: { taskIds: readonly string[]; decision: 'APPROVE' | 'REJECT'; reason: string }, now = new Date()): Promise<ActionResult<BulkOutcome>> {
  assertCan(actor, 'task:resolve-dispute');
  return ok(await decideEach(input.taskIds, (taskId) => (input.decision === 'APPROVE' ? approveTask(actor, taskId, now) : sendBackTask(actor, { taskId, reason: input.reason }, now))));
}

/** Many bounties recorded as paid, each through markPayoutPaid (conditional update, audit). */
export async function markPayoutsPaid(actor: Actor, input: { payoutIds: readonly string[] }, now = new Date()): Promise<ActionResult<BulkOutcome>> {
  assertCan(actor, 'payout:manage');
  return ok(await decideEach(input.payoutIds, (payoutId) => markPayoutPaid(actor, payoutId, now)));
}

/** An operator edits the space's task rules; audit-logged with the values before and after. */
export async function updateTaskRules(actor: Actor, input: TaskRulesInput): Promise<ActionResult> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const before = await tx.space.findUnique({
      where: { id: input.spaceId },
      select: { taskMaxBountyFen: true, taskMaxPoints: true, taskApprovalPointsAbove: true, taskMonthlyPointsCap: true },
    });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'spaceNotFound'));
    const after = {
      taskMaxBountyFen: input.maxBountyYuan,
      taskMaxPoints: input.maxPoints,
      taskApprovalPointsAbove: input.approvalPointsAbove,
      taskMonthlyPointsCap: input.monthlyPointsCap,
    };
    await tx.space.update({ where: { id: input.spaceId }, data: after, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: 'space.taskRules', entityType: 'Space', entityId: input.spaceId, before, after });
    return ok();
  });
}
