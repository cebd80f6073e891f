import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { applyToTask, claimTask, createTask as createTaskService, decideApplication, expireOverdueTasks, publishTask, reviewSubmission, submitWork } from '@/lib/tasks/service';
import { approveTask, markPayoutPaid, sendBackTask, updateTaskRules } from '@/lib/tasks/operations-service';
import { findTask, listOpenTasks, listOperatorQueue } from '@/lib/tasks/queries';
import { taskRulesSchema, taskSchema, taskSearchSchema } from '@/lib/tasks/schemas';
import { DEFAULT_TASK_RULES } from '@/lib/tasks/policy';
import { pointsBalance } from '@/lib/points/queries';
import type { SessionUser } from '@/lib/users/queries';
import { createProject, createSpace, createTask, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

/** The platform's space holds the task rules; tests of one worker run one file at a time. */
async function homeSpace() {
  return (await db.space.findFirst({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } })) ?? (await createSpace());
}

async function setRules(rules: Partial<{ taskMaxBountyFen: number; taskMaxPoints: number; taskApprovalPointsAbove: number; taskMonthlyPointsCap: number }>) {
  const space = await homeSpace();
  await db.space.update({ where: { id: space.id }, data: rules });
}

afterEach(async () => {
  await setRules({
    taskMaxBountyFen: DEFAULT_TASK_RULES.maxBountyFen,
    taskMaxPoints: DEFAULT_TASK_RULES.maxPoints,
    taskApprovalPointsAbove: DEFAULT_TASK_RULES.approvalPointsAbove,
    taskMonthlyPointsCap: DEFAULT_TASK_RULES.monthlyPointsCap,
  });
});

const base = { title: '设计 Logo', category: 'DESIGN', deadline: '2099-01-01T18:00', publish: 'yes' };

/** A new sign-up (entrepreneur at once) with a project of their own. */
async function founderWithProject() {
  const founder = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(founder);
  return { founder, project };
}

async function statusOf(taskId: string) {
  return (await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true } })).status;
}

/** `member` claims a FIRST_COME task of `poster` and hands in work; returns the submission. */
async function submittedWork(poster: SessionUser, member: SessionUser, opts: { rewardPoints?: number; bountyFen?: number; projectId?: string } = {}) {
  const task = await createTask(poster, { mode: 'FIRST_COME', ...opts });
  must(await claimTask(member, task.id));
  const submission = must(await submitWork(member, { taskId: task.id, body: '完成', links: [] }));
  return { task, submissionId: submission.id };
}

describe('publishing a task with money or many points', () => {
  it('keeps a new founder’s bounty task out of sight until an operator who is not the poster approves it', async () => {
    const { founder, project } = await founderWithProject();
    const created = must(await createTaskService(founder, taskSchema.parse({ ...base, bountyYuan: '800', projectId: project.id })));
    expect(created.status).toBe('PENDING_APPROVAL');
    const stranger = await createUser();
    expect(await findTask(stranger, created.id)).toBeNull();
    expect(await findTask(null, created.id)).toBeNull();
    expect((await listOpenTasks(stranger, taskSearchSchema.parse({ limit: '100' }))).items.some((t) => t.id === created.id)).toBe(false);
    expect(await applyToTask(stranger, { taskId: created.id, note: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await findTask(founder, created.id)).toMatchObject({ status: 'PENDING_APPROVAL' });

    await expect(approveTask(founder, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect((await listOperatorQueue(operator)).approvals.some((t) => t.id === created.id)).toBe(true);
    const results = await Promise.all(Array.from({ length: 5 }, () => approveTask(operator, created.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.task.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'OPEN', approvedById: operator.id });
    expect(await db.auditLog.count({ where: { entityId: created.id, action: 'task.approve' } })).toBe(1);
    expect(await db.notification.count({ where: { userId: founder.id, kind: 'taskApproved' } })).toBe(1);
    expect(await findTask(stranger, created.id)).not.toBeNull();
  });

  it('refuses an operator approving their own task, and lets another send it back to the drafts', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const created = must(await createTaskService(poster, taskSchema.parse({ ...base, rewardPoints: '300' })));
    expect(created.status).toBe('PENDING_APPROVAL');
    expect(await approveTask(poster, created.id)).toMatchObject({ ok: false, code: 'APPROVAL_OWN_TASK' });
    expect(await sendBackTask(poster, { taskId: created.id, reason: '自己退回' })).toMatchObject({ ok: false, code: 'APPROVAL_OWN_TASK' });
    const other = await createUser({ roles: ['OPERATOR'] });
    expect(await sendBackTask(other, { taskId: created.id, reason: '积分太高，请降到 200 以内' })).toMatchObject({ ok: true });
    expect(await db.task.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'DRAFT', approvalNote: '积分太高，请降到 200 以内' });
    expect(await approveTask(other, created.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Publishing the draft again asks for approval again; the poster cannot skip it.
    expect(await publishTask(poster, created.id)).toMatchObject({ ok: true, data: { status: 'PENDING_APPROVAL' } });
    expect(await publishTask(poster, created.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await statusOf(created.id)).toBe('PENDING_APPROVAL');
  });

  it('opens a task at or below the points threshold straight away and follows the space’s threshold', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect(must(await createTaskService(operator, taskSchema.parse({ ...base, rewardPoints: '200' }))).status).toBe('OPEN');
    await setRules({ taskApprovalPointsAbove: 50 });
    expect(must(await createTaskService(operator, taskSchema.parse({ ...base, rewardPoints: '60' }))).status).toBe('PENDING_APPROVAL');
    expect(must(await createTaskService(operator, taskSchema.parse({ ...base, rewardPoints: '50' }))).status).toBe('OPEN');
  });

  it('refuses rewards above the space’s maximums with field errors, when posting, publishing and approving', async () => {
    const { founder, project } = await founderWithProject();
    await setRules({ taskMaxPoints: 500, taskMaxBountyFen: 100_000 });
    const refused = await createTaskService(founder, taskSchema.parse({ ...base, rewardPoints: '501', bountyYuan: '1000.01', projectId: project.id }));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fieldErrors: { rewardPoints: ['taskPointsAboveSpaceMax'], bountyYuan: ['taskBountyAboveSpaceMax'] } });
    // The old schema limits (¥100,000 x 50 slots) stay the outer bound whatever the space says.
    expect(taskSchema.safeParse({ ...base, bountyYuan: '100000.01' }).success).toBe(false);

    const draft = must(await createTaskService(founder, taskSchema.parse({ ...base, bountyYuan: '1000', projectId: project.id, publish: 'no' })));
    const pending = must(await createTaskService(founder, taskSchema.parse({ ...base, bountyYuan: '1000', projectId: project.id })));
    await setRules({ taskMaxBountyFen: 50_000 });
    expect(await publishTask(founder, draft.id)).toMatchObject({ ok: false, code: 'TASK_ABOVE_LIMITS' });
    expect(await approveTask(await createUser({ roles: ['OPERATOR'] }), pending.id)).toMatchObject({ ok: false, code: 'TASK_ABOVE_LIMITS' });
    expect(await statusOf(pending.id)).toBe('PENDING_APPROVAL');
  });

  it('lets the database refuse a bounty task that opens without someone else’s approval', async () => {
    const { founder, project } = await founderWithProject();
    const pending = must(await createTaskService(founder, taskSchema.parse({ ...base, bountyYuan: '500', projectId: project.id })));
    await expect(db.task.update({ where: { id: pending.id }, data: { status: 'OPEN' } })).rejects.toThrow(/approval/);
    await expect(db.task.update({ where: { id: pending.id }, data: { status: 'OPEN', approvedById: founder.id } })).rejects.toThrow(/approval/);
    await expect(
      db.task.create({ data: { title: '直接开放', category: 'DESIGN', bountyFen: 100, deadline: new Date('2099-01-01'), status: 'OPEN', postedById: founder.id, projectId: project.id } }),
    ).rejects.toThrow(/approval/);
    expect(await statusOf(pending.id)).toBe('PENDING_APPROVAL');
  });
});

describe('a task that waits for approval past its deadline', () => {
  it('expires without ever opening, and can no longer be approved', async () => {
    const { founder, project } = await founderWithProject();
    const pending = must(await createTaskService(founder, taskSchema.parse({ ...base, bountyYuan: '300', projectId: project.id })));
    const later = new Date('2099-01-02T00:00:00Z');
    expect(await approveTask(await createUser({ roles: ['OPERATOR'] }), pending.id, later)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await expireOverdueTasks(later)).toBeGreaterThanOrEqual(1);
    expect(await db.task.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: 'EXPIRED', approvedById: null });
  });
});

describe('releasing a bounty', () => {
  it('is done only by an operator who neither posted the task nor receives the money', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const payee = await createUser({ roles: ['OPERATOR'] });
    const { submissionId } = await submittedWork(poster, payee, { rewardPoints: 0, bountyFen: 30_000 });
    must(await reviewSubmission(poster, { submissionId, decision: 'ACCEPT', feedback: '' }));
    const payout = await db.payout.findFirstOrThrow({ where: { userId: payee.id } });
    expect(await markPayoutPaid(poster, payout.id)).toMatchObject({ ok: false, code: 'PAYOUT_OWN_TASK' });
    expect(await markPayoutPaid(payee, payout.id)).toMatchObject({ ok: false, code: 'PAYOUT_OWN_TASK' });
    await expect(db.payout.update({ where: { id: payout.id }, data: { status: 'PAID', paidAt: new Date(), paidById: poster.id } })).rejects.toThrow(/released/);
    expect(await db.payout.findUniqueOrThrow({ where: { id: payout.id }, select: { status: true } })).toEqual({ status: 'PENDING' });
    const third = await createUser({ roles: ['OPERATOR'] });
    expect(await markPayoutPaid(third, payout.id)).toMatchObject({ ok: true });
    expect(await markPayoutPaid(third, 'no-such-payout')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the posting project’s own team', () => {
  it('may not apply to, claim or be given its project’s task, nor the poster themselves', async () => {
    const { founder, project } = await founderWithProject();
    const teammate = await createUser();
    await db.projectMember.create({ data: { projectId: project.id, userId: teammate.id } });
    const review = await createTask(founder, { projectId: project.id });
    const direct = await createTask(founder, { projectId: project.id, mode: 'FIRST_COME' });
    expect(await applyToTask(teammate, { taskId: review.id, note: '' })).toMatchObject({ ok: false, code: 'TEAM_MEMBER_TASK' });
    expect(await claimTask(teammate, direct.id)).toMatchObject({ ok: false, code: 'TEAM_MEMBER_TASK' });
    expect(await applyToTask(founder, { taskId: review.id, note: '' })).toMatchObject({ ok: false, code: 'OWN_TASK' });

    // Someone who applied as an outsider and joined the team since is not accepted either.
    const later = await createUser();
    const application = must(await applyToTask(later, { taskId: review.id, note: '' }));
    await db.projectMember.create({ data: { projectId: project.id, userId: later.id } });
    expect(await decideApplication(founder, { applicationId: application.id, decision: 'ACCEPT' })).toMatchObject({ ok: false, code: 'TEAM_MEMBER_TASK' });
    expect(await db.taskAssignment.count({ where: { taskId: review.id } })).toBe(0);
    expect(await db.taskApplication.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } })).toEqual({ status: 'PENDING' });
  });

  it('cannot have its work accepted for a reward when the assignee joined the team after claiming', async () => {
    const { founder, project } = await founderWithProject();
    const member = await createUser();
    const { submissionId } = await submittedWork(founder, member, { projectId: project.id, rewardPoints: 100 });
    await db.projectMember.create({ data: { projectId: project.id, userId: member.id } });
    expect(await reviewSubmission(founder, { submissionId, decision: 'ACCEPT', feedback: '' })).toMatchObject({ ok: false, code: 'TEAM_MEMBER_TASK' });
    expect(await pointsBalance(member.id)).toBe(0);
  });
});

describe('the monthly points cap per poster and member', () => {
  it('reduces, then refuses, the points one poster gives one member in a month, and says so', async () => {
    await setRules({ taskMonthlyPointsCap: 150 });
    const poster = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    // A month long past keeps these rows apart from other tests' (and never in anyone's future).
    const now = new Date('2001-03-10T04:00:00Z');
    const first = await submittedWork(poster, member, { rewardPoints: 100 });
    expect(await reviewSubmission(poster, { submissionId: first.submissionId, decision: 'ACCEPT', feedback: '' }, now)).toMatchObject({ ok: true, data: { reward: { points: 100, capped: false } } });
    const second = await submittedWork(poster, member, { rewardPoints: 100 });
    expect(await reviewSubmission(poster, { submissionId: second.submissionId, decision: 'ACCEPT', feedback: '' }, now)).toMatchObject({ ok: true, data: { reward: { points: 50, requestedPoints: 100, capped: true } } });
    const third = await submittedWork(poster, member, { rewardPoints: 100 });
    expect(await reviewSubmission(poster, { submissionId: third.submissionId, decision: 'ACCEPT', feedback: '' }, now)).toMatchObject({ ok: true, data: { reward: { points: 0, capped: true } } });
    expect(await statusOf(third.task.id)).toBe('COMPLETED');
    expect(await pointsBalance(member.id)).toBe(150);
    expect(await db.notification.count({ where: { userId: member.id, kind: 'taskPointsCapped' } })).toBe(2);

    // Another poster has a cap of their own; the next month (Beijing time) starts afresh.
    const otherPoster = await createUser({ roles: ['OPERATOR'] });
    const fourth = await submittedWork(otherPoster, member, { rewardPoints: 100 });
    expect(await reviewSubmission(otherPoster, { submissionId: fourth.submissionId, decision: 'ACCEPT', feedback: '' }, now)).toMatchObject({ data: { reward: { points: 100 } } });
    const fifth = await submittedWork(poster, member, { rewardPoints: 100 });
    const nextMonth = new Date('2001-03-31T16:30:00Z'); // already 1 April in Shanghai
    expect(await reviewSubmission(poster, { submissionId: fifth.submissionId, decision: 'ACCEPT', feedback: '' }, nextMonth)).toMatchObject({ data: { reward: { points: 100, capped: false } } });
    expect(await pointsBalance(member.id)).toBe(350);
  });

  it('awards exactly the cap when one poster accepts many works of one member at the same moment', async () => {
    await setRules({ taskMonthlyPointsCap: 250 });
    const poster = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const works = [];
    for (let i = 0; i < 10; i++) works.push(await submittedWork(poster, member, { rewardPoints: 100 }));
    const results = await Promise.all(works.map((w) => reviewSubmission(poster, { submissionId: w.submissionId, decision: 'ACCEPT', feedback: '' })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await pointsBalance(member.id)).toBe(250);
    const entries = await db.pointsEntry.findMany({ where: { userId: member.id }, select: { points: true, grantorId: true } });
    expect(entries.map((e) => e.points).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(entries.every((e) => e.grantorId === poster.id)).toBe(true);
    expect(await db.taskAssignment.count({ where: { userId: member.id, status: 'COMPLETED' } })).toBe(10);
  });
});

describe('the space’s task rules', () => {
  it('are edited by an operator, audit-logged, and refuse bad values with field errors', async () => {
    const space = await homeSpace();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const input = taskRulesSchema.parse({ spaceId: space.id, maxBountyYuan: '1200.50', maxPoints: '800', approvalPointsAbove: '100', monthlyPointsCap: '300' });
    expect(await updateTaskRules(operator, input)).toMatchObject({ ok: true });
    expect(await db.space.findUniqueOrThrow({ where: { id: space.id } })).toMatchObject({ taskMaxBountyFen: 120_050, taskMaxPoints: 800, taskApprovalPointsAbove: 100, taskMonthlyPointsCap: 300 });
    expect(await db.auditLog.count({ where: { entityId: space.id, action: 'space.taskRules', actorId: operator.id } })).toBe(1);

    await expect(updateTaskRules(await createUser({ roles: ['ENTREPRENEUR'] }), input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updateTaskRules(operator, { ...input, spaceId: 'no-such-space' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const bad = taskRulesSchema.safeParse({ spaceId: space.id, maxBountyYuan: '12.345', maxPoints: '-1', approvalPointsAbove: 'x', monthlyPointsCap: '2000000' });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(fields).toEqual({ maxBountyYuan: 'amountInvalid', maxPoints: 'taskNumberInvalid', approvalPointsAbove: 'taskNumberInvalid', monthlyPointsCap: 'taskSettingTooHigh' });
    expect(taskRulesSchema.safeParse({ ...input, maxBountyYuan: '100000.01' }).success).toBe(false);
    await expect(db.space.update({ where: { id: space.id }, data: { taskMaxPoints: -5 } })).rejects.toThrow(/task settings/);
  });
});
