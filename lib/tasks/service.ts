import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, can, ForbiddenError, type Actor } from '@/lib/auth/permissions';
import { notify } from '@/lib/notifications/service';
import { visibleProjectWhere } from '@/lib/projects/queries';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskAssignmentStatus, TaskStatus } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/audit/service';
import { sourcesOf } from '@/lib/state-machine';
import { ASSIGNMENT_TRANSITIONS, canTransition, needsApproval, RECRUITING_STATUSES, rewardLimitErrors, SUBMISSION_TRANSITIONS, TASK_APPLICATION_TRANSITIONS, TASK_TRANSITIONS, UNPUBLISHED_STATUSES } from './policy';
import { grantReward, type RewardOutcome } from './rewards';
import { readTaskRules } from './rules-queries';
import type { TaskInput } from './schemas';
import { notifyDisputeDecided, notifyDisputeRaised, notifyTaskApplicationDecided, notifyWorkReviewed } from './notifications';
import { requireVerifiedEmail } from '@/lib/accounts/verification-service';

/** The task row, locked for the rest of the transaction: review steps of one task run one at a time. */
async function lockTask(tx: Tx, taskId: string) {
  await tx.$queryRaw`SELECT id FROM "Task" WHERE id = ${taskId} FOR UPDATE`;
  return tx.task.findUnique({
    where: { id: taskId },
    select: { id: true, status: true, postedById: true, projectId: true, slots: true, filledSlots: true, rewardPoints: true, bountyFen: true, title: true },
  });
}

/** Whether `userId` is on the team of the project that posts the task (its own people never earn its rewards). */
async function isOnPostingTeam(client: Tx | typeof db, projectId: string | null, userId: string): Promise<boolean> {
  if (!projectId) return false;
  return (await client.projectMember.count({ where: { projectId, userId } })) > 0;
}

/** Moves a task along its state machine from what its assignments say (inside the transaction that changed them). */
async function syncTaskStatus(tx: Tx, taskId: string): Promise<void> {
  const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true, slots: true, filledSlots: true } });
  const assignments = await tx.taskAssignment.findMany({ where: { taskId }, select: { status: true } });
  if (assignments.length === 0) return;
  const has = (s: TaskAssignmentStatus) => assignments.some((a) => a.status === s);
  let target: TaskStatus;
  if (has('SUBMITTED') || has('DISPUTED')) target = 'IN_REVIEW';
  else if (has('ACTIVE')) target = 'IN_PROGRESS';
  else if (task.filledSlots >= task.slots && has('COMPLETED')) target = 'COMPLETED';
  else target = 'IN_PROGRESS';
  if (target === task.status) return;
  // OPEN -> IN_REVIEW is not one step; go through IN_PROGRESS.
  const path: TaskStatus[] = task.status === 'OPEN' && target !== 'IN_PROGRESS' ? ['IN_PROGRESS', target] : [target];
  let from = task.status;
  for (const to of path) {
    if (!canTransition(from, to)) return;
    await tx.task.updateMany({ where: { id: taskId, status: from }, data: { status: to, ...(to === 'COMPLETED' ? { closedAt: new Date() } : {}) } });
    from = to;
  }
}

async function isProjectOwner(projectId: string, userId: string): Promise<boolean> {
  const m = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  return m?.role === 'OWNER';
}

/**
 * A project owner posts for their project; an operator for the space or a partner. Rewards above
 * the space's maximums are refused; a published task with a bounty or many points waits for an
 * operator's approval (PENDING_APPROVAL) instead of opening.
 */
export async function createTask(actor: Actor, input: TaskInput, now = new Date()): Promise<ActionResult<{ id: string; status: TaskStatus }>> {
  assertCan(actor, 'task:contribute');
  const unverified = await requireVerifiedEmail(actor);
  if (unverified) return unverified;
  if (input.projectId) {
    if (!(await isProjectOwner(input.projectId, actor.id))) throw new ForbiddenError('project:manage-own');
  } else {
    assertCan(actor, 'task:post-space');
  }
  if (input.deadline <= now) return fail('VALIDATION_FAILED', 'validation', { deadline: ['taskDeadlineInPast'] });
  const rules = await readTaskRules();
  const limits = rewardLimitErrors(input, rules);
  if (limits) return fail('VALIDATION_FAILED', 'validation', limits);
  if (input.publish && input.projectId && (await isPrivateProject(input.projectId))) {
    return fail('VALIDATION_FAILED', 'validation', { projectId: ['taskProjectPrivate'] });
  }
  const { publish, projectId, partnerName, ...rest } = input;
  const status: TaskStatus = !publish ? 'DRAFT' : needsApproval(input, rules) ? 'PENDING_APPROVAL' : 'OPEN';
  const task = await db.task.create({
    data: {
      ...rest,
      ...(projectId ? { projectId } : { partnerName }),
      postedById: actor.id,
      status,
      ...(status === 'OPEN' ? { publishedAt: now } : {}),
    },
    select: { id: true, status: true },
  });
  return ok(task);
}

/**
 * A private project's tasks are seen by its team and operators only, and its team may not take
 * them: published, nobody could work on it.
 */
async function isPrivateProject(projectId: string): Promise<boolean> {
  return (await db.project.count({ where: { id: projectId, visibility: 'PRIVATE' } })) > 0;
}

/** The poster publishes a draft: it opens, or waits for an operator's approval. */
export async function publishTask(actor: Actor, taskId: string, now = new Date()): Promise<ActionResult<{ status: TaskStatus }>> {
  const task = await db.task.findFirst({ where: { id: taskId, postedById: actor.id }, select: { deadline: true, bountyFen: true, rewardPoints: true, projectId: true } });
  if (!task) return fail('NOT_FOUND', 'taskNotFound');
  if (task.deadline <= now) return fail('DEADLINE_PASSED', 'deadlinePassed');
  const rules = await readTaskRules();
  if (rewardLimitErrors(task, rules)) return fail('TASK_ABOVE_LIMITS', 'taskAboveSpaceLimits');
  if (task.projectId && (await isPrivateProject(task.projectId))) return fail('TASK_PROJECT_PRIVATE', 'taskProjectPrivate');
  const to: TaskStatus = needsApproval(task, rules) ? 'PENDING_APPROVAL' : 'OPEN';
  // Only from DRAFT: the poster's own move never skips an approval that is pending.
  const { count } = await db.task.updateMany({
    where: { id: taskId, postedById: actor.id, status: { in: sourcesOf(TASK_TRANSITIONS, to, ['DRAFT']) } },
    data: { status: to, approvalNote: null, ...(to === 'OPEN' ? { publishedAt: now } : {}) },
  });
  return count ? ok({ status: to }) : fail('STATE_CHANGED', 'taskStateChanged');
}

/**
 * The poster cancels. In the same transaction every member still holding a slot loses it, every
 * pending application is closed, and each of them gets a notification.
 */
export async function cancelTask(actor: Actor, taskId: string, now = new Date()): Promise<ActionResult> {
  const task = await db.task.findFirst({ where: { id: taskId, postedById: actor.id }, select: { id: true, title: true } });
  if (!task) return fail('NOT_FOUND', 'taskNotFound');
  return inTransaction(async (tx) => {
    const { count } = await tx.task.updateMany({
      where: { id: taskId, postedById: actor.id, status: { in: sourcesOf(TASK_TRANSITIONS, 'CANCELLED') } },
      data: { status: 'CANCELLED', closedAt: now },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'taskStateChanged'));
    const open: TaskAssignmentStatus[] = ['ACTIVE', 'SUBMITTED', 'DISPUTED'];
    const holders = await tx.taskAssignment.findMany({ where: { taskId, status: { in: open } }, select: { userId: true } });
    await tx.taskAssignment.updateMany({ where: { taskId, status: { in: sourcesOf(ASSIGNMENT_TRANSITIONS, 'CANCELLED', open) } }, data: { status: 'CANCELLED' } });
    const applicants = await tx.taskApplication.findMany({ where: { taskId, status: 'PENDING' }, select: { userId: true } });
    await tx.taskApplication.updateMany({ where: { taskId, status: { in: sourcesOf(TASK_APPLICATION_TRANSITIONS, 'CANCELLED') } }, data: { status: 'CANCELLED', decidedAt: now } });
    const people = [...new Set([...holders, ...applicants].map((r) => r.userId))];
    await notify(tx, { kind: 'taskCancelled', recipients: people, subject: { type: 'task', id: taskId }, data: { title: task.title }, link: `/tasks/${taskId}` });
    return ok();
  });
}

/**
 * Takes one slot and writes the assignment in the same transaction. The conditional update is
 * the whole guard: under any number of concurrent accepts or claims, at most `slots` succeed.
 */
async function takeSlot(tx: Tx, taskId: string, userId: string, now: Date): Promise<{ id: string }> {
  const taken = await tx.$executeRaw`
    UPDATE "Task" SET "filledSlots" = "filledSlots" + 1, "updatedAt" = now()
    WHERE id = ${taskId} AND "filledSlots" < "slots" AND "deadline" > ${now}
      AND "status" IN ('OPEN', 'IN_PROGRESS', 'IN_REVIEW')`;
  if (taken === 0) {
    const task = await tx.task.findUnique({ where: { id: taskId }, select: { status: true, slots: true, filledSlots: true, deadline: true } });
    const running = task && (RECRUITING_STATUSES as readonly TaskStatus[]).includes(task.status) && task.deadline > now;
    throw new Rollback(running ? fail('SLOTS_FULL', 'slotsFull') : fail('TASK_NOT_OPEN', 'taskNotOpen'));
  }
  try {
    const assignment = await tx.taskAssignment.create({ data: { taskId, userId }, select: { id: true } });
    await syncTaskStatus(tx, taskId);
    return assignment;
  } catch (error) {
    if (isUniqueViolation(error)) throw new Rollback(fail('ALREADY_ASSIGNED', 'alreadyAssigned'));
    throw error;
  }
}

/** Tasks of projects the member may not see are not found (a private project's tasks stay with its team). */
function visibleToMemberWhere(actor: Actor): Prisma.TaskWhereInput {
  // A task hidden by moderation (lib/moderation) cannot be joined.
  return { hiddenAt: null, OR: [{ projectId: null }, { project: visibleProjectWhere(actor) }] };
}

/** What a member may join: published, visible to them, neither their own nor their team's. */
async function findJoinableTask(actor: Actor, taskId: string) {
  const task = await db.task.findFirst({
    where: { AND: [{ id: taskId, status: { notIn: [...UNPUBLISHED_STATUSES] } }, visibleToMemberWhere(actor)] },
    select: { id: true, postedById: true, projectId: true, mode: true, status: true, deadline: true, slots: true, filledSlots: true },
  });
  if (!task) return fail('NOT_FOUND', 'taskNotFound');
  if (task.postedById === actor.id) return fail('OWN_TASK', 'ownTask');
  if (await isOnPostingTeam(db, task.projectId, actor.id)) return fail('TEAM_MEMBER_TASK', 'taskTeamMember');
  return ok(task);
}

/** FIRST_COME: the member takes a free slot directly. */
export async function claimTask(actor: Actor, taskId: string, now = new Date()): Promise<ActionResult<{ assignmentId: string }>> {
  assertCan(actor, 'task:contribute');
  const found = await findJoinableTask(actor, taskId);
  if (!found.ok) return found;
  if (found.data.mode !== 'FIRST_COME') return fail('APPLICATION_REQUIRED', 'applicationRequired');
  return inTransaction(async (tx) => {
    const assignment = await takeSlot(tx, taskId, actor.id, now);
    return ok({ assignmentId: assignment.id });
  });
}

/**
 * REVIEW: a member applies with a note. On a FIRST_COME task the same request claims a slot,
 * so API clients need one call either way.
 */
export async function applyToTask(
  actor: Actor,
  input: { taskId: string; note: string },
  now = new Date(),
): Promise<ActionResult<{ kind: 'application'; id: string } | { kind: 'assignment'; id: string }>> {
  assertCan(actor, 'task:contribute');
  const found = await findJoinableTask(actor, input.taskId);
  if (!found.ok) return found;
  const task = found.data;
  if (task.mode === 'FIRST_COME') {
    const claimed = await claimTask(actor, input.taskId, now);
    return claimed.ok ? ok({ kind: 'assignment' as const, id: claimed.data.assignmentId }) : claimed;
  }
  if (!(RECRUITING_STATUSES as readonly TaskStatus[]).includes(task.status) || task.deadline <= now) return fail('TASK_NOT_OPEN', 'taskNotOpen');
  if (task.filledSlots >= task.slots) return fail('SLOTS_FULL', 'slotsFull');
  try {
    const application = await db.taskApplication.create({ data: { taskId: input.taskId, userId: actor.id, note: input.note }, select: { id: true } });
    return ok({ kind: 'application' as const, id: application.id });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('ALREADY_APPLIED', 'taskAlreadyApplied');
    throw error;
  }
}

export async function withdrawApplication(actor: Actor, applicationId: string): Promise<ActionResult> {
  const { count } = await db.taskApplication.updateMany({ where: { id: applicationId, userId: actor.id, status: { in: sourcesOf(TASK_APPLICATION_TRANSITIONS, 'WITHDRAWN') } }, data: { status: 'WITHDRAWN', decidedAt: new Date() } });
  return count ? ok() : fail('STATE_CHANGED', 'taskApplicationStateChanged');
}

function isPublished(status: TaskStatus): boolean {
  return !(UNPUBLISHED_STATUSES as readonly TaskStatus[]).includes(status);
}

/** The poster's guard: a task the actor cannot see is NOT_FOUND; someone else's task is forbidden. */
async function requirePoster(actor: Actor, taskId: string): Promise<ActionResult> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { postedById: true, status: true } });
  if (!task || (!isPublished(task.status) && task.postedById !== actor.id)) return fail('NOT_FOUND', 'taskNotFound');
  if (task.postedById !== actor.id) throw new ForbiddenError('task:review');
  return ok();
}

/** The poster accepts an applicant (taking a slot, never past the count) or declines them. */
export async function decideApplication(
  actor: Actor,
  input: { applicationId: string; decision: 'ACCEPT' | 'DECLINE' },
  now = new Date(),
): Promise<ActionResult<{ assignmentId?: string }>> {
  const application = await db.taskApplication.findUnique({ where: { id: input.applicationId }, select: { id: true, taskId: true, userId: true } });
  if (!application) return fail('NOT_FOUND', 'taskApplicationNotFound');
  const guard = await requirePoster(actor, application.taskId);
  if (!guard.ok) return guard;
  if (input.decision === 'ACCEPT') {
    // The poster's own team (or the poster) never takes a slot: they would pay themselves. Checked
    // before the transaction so that the row lock on the task is held as briefly as before; a
    // member joining the team later is stopped again when their work is accepted.
    const task = await db.task.findUniqueOrThrow({ where: { id: application.taskId }, select: { postedById: true, projectId: true } });
    if (application.userId === task.postedById) return fail('OWN_TASK', 'ownTask');
    if (await isOnPostingTeam(db, task.projectId, application.userId)) return fail('TEAM_MEMBER_TASK', 'taskTeamMemberAssign');
  }
  return inTransaction(async (tx) => {
    const status = input.decision === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED';
    const { count } = await tx.taskApplication.updateMany({ where: { id: application.id, status: { in: sourcesOf(TASK_APPLICATION_TRANSITIONS, status) } }, data: { status, decidedAt: now } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'taskApplicationStateChanged'));
    await notifyTaskApplicationDecided(tx, application.id, status === 'ACCEPTED');
    if (status === 'DECLINED') return ok({});
    const assignment = await takeSlot(tx, application.taskId, application.userId, now);
    return ok({ assignmentId: assignment.id });
  });
}

/** An assignee hands in work; one open submission per assignment at a time. */
export async function submitWork(
  actor: Actor,
  input: { taskId: string; body: string; links: string[] },
): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'task:contribute');
  const assignment = await db.taskAssignment.findUnique({ where: { taskId_userId: { taskId: input.taskId, userId: actor.id } }, select: { id: true, status: true } });
  if (!assignment) return fail('NOT_ASSIGNED', 'notAssigned');
  return inTransaction(async (tx) => {
    const task = await lockTask(tx, input.taskId);
    if (!task || !['IN_PROGRESS', 'IN_REVIEW'].includes(task.status)) throw new Rollback(fail('TASK_NOT_OPEN', 'taskNotOpen'));
    const { count } = await tx.taskAssignment.updateMany({ where: { id: assignment.id, status: { in: sourcesOf(ASSIGNMENT_TRANSITIONS, 'SUBMITTED') } }, data: { status: 'SUBMITTED' } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'submissionNotExpected'));
    const submission = await tx.taskSubmission.create({ data: { assignmentId: assignment.id, taskId: input.taskId, body: input.body, links: input.links }, select: { id: true } });
    await syncTaskStatus(tx, input.taskId);
    return ok(submission);
  });
}

async function findSubmission(submissionId: string) {
  return db.taskSubmission.findUnique({
    where: { id: submissionId },
    select: { id: true, taskId: true, status: true, assignment: { select: { id: true, userId: true } } },
  });
}

/**
 * The poster accepts the work (granting the reward exactly once) or asks for changes.
 * The conditional update on PENDING makes a double click or a retried request a no-op conflict.
 */
export async function reviewSubmission(
  actor: Actor,
  input: { submissionId: string; decision: 'ACCEPT' | 'CHANGES'; feedback: string },
  now = new Date(),
): Promise<ActionResult<{ reward: RewardOutcome | null }>> {
  const submission = await findSubmission(input.submissionId);
  if (!submission) return fail('NOT_FOUND', 'submissionNotFound');
  const guard = await requirePoster(actor, submission.taskId);
  if (!guard.ok) return guard;
  return inTransaction(async (tx) => {
    const task = await lockTask(tx, submission.taskId);
    if (!task) throw new Rollback(fail('NOT_FOUND', 'taskNotFound'));
    const accept = input.decision === 'ACCEPT';
    if (accept && (submission.assignment.userId === task.postedById || (await isOnPostingTeam(tx, task.projectId, submission.assignment.userId)))) {
      throw new Rollback(fail('TEAM_MEMBER_TASK', 'taskTeamMemberAccept'));
    }
    const { count } = await tx.taskSubmission.updateMany({
      where: { id: submission.id, status: { in: sourcesOf(SUBMISSION_TRANSITIONS, accept ? 'ACCEPTED' : 'CHANGES_REQUESTED', ['PENDING']) } },
      data: { status: accept ? 'ACCEPTED' : 'CHANGES_REQUESTED', reviewedAt: now, ...(input.feedback ? { feedback: input.feedback } : {}) },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'submissionStateChanged'));
    await tx.taskAssignment.updateMany({
      where: { id: submission.assignment.id, status: { in: sourcesOf(ASSIGNMENT_TRANSITIONS, accept ? 'COMPLETED' : 'ACTIVE', ['SUBMITTED']) } },
      data: accept ? { status: 'COMPLETED', completedAt: now } : { status: 'ACTIVE' },
    });
    const reward = accept ? await grantReward(tx, task, submission.assignment, now) : null;
    await notifyWorkReviewed(tx, submission.id, accept, input.feedback);
    await syncTaskStatus(tx, submission.taskId);
    return ok({ reward });
  });
}

/** The assignee disagrees with a request for changes and asks an operator to decide. */
export async function raiseDispute(actor: Actor, input: { submissionId: string; reason: string }): Promise<ActionResult> {
  const submission = await findSubmission(input.submissionId);
  if (!submission || submission.assignment.userId !== actor.id) return fail('NOT_FOUND', 'submissionNotFound');
  return inTransaction(async (tx) => {
    await lockTask(tx, submission.taskId);
    const latest = await tx.taskSubmission.findFirst({ where: { assignmentId: submission.assignment.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    if (latest?.id !== submission.id) throw new Rollback(fail('STATE_CHANGED', 'submissionStateChanged'));
    const { count } = await tx.taskSubmission.updateMany({ where: { id: submission.id, status: { in: sourcesOf(SUBMISSION_TRANSITIONS, 'DISPUTED') } }, data: { status: 'DISPUTED', disputeReason: input.reason } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'submissionStateChanged'));
    const moved = await tx.taskAssignment.updateMany({ where: { id: submission.assignment.id, status: { in: sourcesOf(ASSIGNMENT_TRANSITIONS, 'DISPUTED') } }, data: { status: 'DISPUTED' } });
    if (moved.count === 0) throw new Rollback(fail('STATE_CHANGED', 'submissionStateChanged'));
    await notifyDisputeRaised(tx, submission.id);
    await syncTaskStatus(tx, submission.taskId);
    return ok();
  });
}

/** An operator settles a dispute: accept the work (reward granted once) or reject it. Audit-logged. */
export async function resolveDispute(
  actor: Actor,
  input: { submissionId: string; decision: 'ACCEPT' | 'REJECT'; note: string },
  now = new Date(),
): Promise<ActionResult<{ reward: RewardOutcome | null }>> {
  assertCan(actor, 'task:resolve-dispute');
  const submission = await findSubmission(input.submissionId);
  if (!submission) return fail('NOT_FOUND', 'submissionNotFound');
  return inTransaction(async (tx) => {
    const task = await lockTask(tx, submission.taskId);
    if (!task) throw new Rollback(fail('NOT_FOUND', 'taskNotFound'));
    // An operator who posted the task is a party to the dispute; another operator decides.
    if (task.postedById === actor.id) throw new Rollback(fail('OWN_TASK', 'disputeOwnTask'));
    const accept = input.decision === 'ACCEPT';
    const { count } = await tx.taskSubmission.updateMany({
      where: { id: submission.id, status: { in: sourcesOf(SUBMISSION_TRANSITIONS, accept ? 'ACCEPTED' : 'REJECTED', ['DISPUTED']) } },
      data: { status: accept ? 'ACCEPTED' : 'REJECTED', resolvedById: actor.id, resolutionNote: input.note, resolvedAt: now },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'disputeAlreadyResolved'));
    await tx.taskAssignment.updateMany({
      where: { id: submission.assignment.id, status: { in: sourcesOf(ASSIGNMENT_TRANSITIONS, accept ? 'COMPLETED' : 'REJECTED', ['DISPUTED']) } },
      data: accept ? { status: 'COMPLETED', completedAt: now } : { status: 'REJECTED' },
    });
    const reward = accept ? await grantReward(tx, task, submission.assignment, now) : null;
    await notifyDisputeDecided(tx, submission.id, accept, input.note);
    await recordAudit(tx, {
      actorId: actor.id,
      action: accept ? 'taskDispute.accept' : 'taskDispute.reject',
      entityType: 'TaskSubmission',
      entityId: submission.id,
      before: { status: 'DISPUTED' },
      after: { status: accept ? 'ACCEPTED' : 'REJECTED', note: input.note },
    });
    await syncTaskStatus(tx, submission.taskId);
    return ok({ reward });
  });
}

/**
 * EXPIRED: the deadline passed while the task was still OPEN or waiting for approval (nobody
 * holds a slot). Idempotent
 * and safe on several instances: a conditional update, so a second run changes nothing.
 */
export async function expireOverdueTasks(now: Date): Promise<number> {
  const { count } = await db.task.updateMany({
    where: { status: { in: sourcesOf(TASK_TRANSITIONS, 'EXPIRED') }, deadline: { lte: now }, filledSlots: 0 },
    data: { status: 'EXPIRED', closedAt: now },
  });
  return count;
}

/** For the UI: whether the acting member may see operator tools. */
export function isOperator(actor: Actor): boolean {
  return can(actor, 'task:resolve-dispute');
}
