import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import {
  applyToTask,
  cancelTask,
  claimTask,
  createTask as createTaskService,
  decideApplication,
  expireOverdueTasks,
  publishTask,
  raiseDispute,
  resolveDispute,
  reviewSubmission,
  submitWork,
} from '@/lib/tasks/service';
import { markPayoutPaid } from '@/lib/tasks/operations-service';
import { findTask, listOpenTasks } from '@/lib/tasks/queries';
import { taskSchema, taskSearchSchema } from '@/lib/tasks/schemas';
import { pointsBalance } from '@/lib/points/queries';
import type { SessionUser } from '@/lib/users/queries';
import { createProject, createTask, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

/** A REVIEW task with one accepted assignee. */
async function assignedTask(opts: { rewardPoints?: number; bountyFen?: number; slots?: number } = {}) {
  const poster = await createUser({ roles: ['OPERATOR'] });
  const member = await createUser();
  const task = await createTask(poster, opts);
  const application = must(await applyToTask(member, { taskId: task.id, note: '我做过类似的设计' }));
  const { assignmentId } = must(await decideApplication(poster, { applicationId: application.id, decision: 'ACCEPT' }));
  return { poster, member, task, assignmentId: assignmentId! };
}

async function statusOf(taskId: string) {
  return (await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true } })).status;
}

describe('posting tasks', () => {
  it('lets an operator post for the space and a project owner for their project', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const input = taskSchema.parse({ title: '社区科普志愿者', category: 'COMMUNITY_SERVICE', rewardPoints: '30', deadline: '2099-01-01T18:00', partnerName: '杨浦区科协', publish: 'yes' });
    const created = must(await createTaskService(operator, input));
    expect(await db.task.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'OPEN', partnerName: '杨浦区科协', projectId: null });

    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(founder);
    const draft = must(await createTaskService(founder, taskSchema.parse({ title: '设计 Logo', category: 'DESIGN', bountyYuan: '800.5', deadline: '2099-01-01T18:00', projectId: project.id })));
    expect(await db.task.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'DRAFT', bountyFen: 80050, projectId: project.id });
    expect(await publishTask(founder, draft.id)).toMatchObject({ ok: true });
    expect(await publishTask(founder, draft.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });

  it('refuses a member posting for the space or for a project they do not own', async () => {
    const member = await createUser();
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(founder);
    const base = { title: '任务', category: 'DESIGN', rewardPoints: '10', deadline: '2099-01-01T18:00' };
    await expect(createTaskService(member, taskSchema.parse(base))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTaskService(member, taskSchema.parse({ ...base, projectId: project.id }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses bad input: no reward, no slots, a past deadline', () => {
    const base = { title: '任务', category: 'DESIGN', deadline: '2099-01-01T18:00' };
    expect(taskSchema.safeParse(base).success).toBe(false);
    expect(taskSchema.safeParse({ ...base, rewardPoints: '10', slots: '0' }).success).toBe(false);
    expect(taskSchema.safeParse({ ...base, rewardPoints: '10', category: 'COOKING' }).success).toBe(false);
    expect(taskSchema.safeParse({ ...base, bountyYuan: '1.234' }).success).toBe(false);
  });

  it('refuses a deadline in the past', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const r = await createTaskService(operator, taskSchema.parse({ title: '任务', category: 'DESIGN', rewardPoints: '10', deadline: '2020-01-01T18:00' }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { deadline: ['taskDeadlineInPast'] } });
  });
});

describe('the task state machine', () => {
  it('walks OPEN -> IN_PROGRESS -> IN_REVIEW -> IN_PROGRESS -> IN_REVIEW -> COMPLETED', async () => {
    const { poster, member, task } = await assignedTask();
    expect(await statusOf(task.id)).toBe('IN_PROGRESS');
    const first = must(await submitWork(member, { taskId: task.id, body: '初稿见链接', links: ['https://example.com/v1'] }));
    expect(await statusOf(task.id)).toBe('IN_REVIEW');
    expect(await reviewSubmission(poster, { submissionId: first.id, decision: 'CHANGES', feedback: '颜色再亮一点' })).toMatchObject({ ok: true });
    expect(await statusOf(task.id)).toBe('IN_PROGRESS');
    const second = must(await submitWork(member, { taskId: task.id, body: '第二版', links: [] }));
    expect(await reviewSubmission(poster, { submissionId: second.id, decision: 'ACCEPT', feedback: '' })).toMatchObject({ ok: true });
    expect(await statusOf(task.id)).toBe('COMPLETED');
  });

  it('refuses illegal transitions: cancelling a completed task, submitting twice, reviewing twice', async () => {
    const { poster, member, task } = await assignedTask();
    const s = must(await submitWork(member, { taskId: task.id, body: '作品', links: [] }));
    expect(await submitWork(member, { taskId: task.id, body: '又一份', links: [] })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await cancelTask(poster, task.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    must(await reviewSubmission(poster, { submissionId: s.id, decision: 'ACCEPT', feedback: '' }));
    expect(await reviewSubmission(poster, { submissionId: s.id, decision: 'CHANGES', feedback: 'x' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await cancelTask(poster, task.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await applyToTask(await createUser(), { taskId: task.id, note: '' })).toMatchObject({ ok: false, code: 'TASK_NOT_OPEN' });
  });

  it('lets the poster cancel an open task, after which nobody can apply', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster);
    expect(await cancelTask(await createUser(), task.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cancelTask(poster, task.id)).toMatchObject({ ok: true });
    expect(await applyToTask(await createUser(), { taskId: task.id, note: '' })).toMatchObject({ ok: false, code: 'TASK_NOT_OPEN' });
  });

  it('cancels the slots and pending applications of a cancelled task and tells each member, in one step', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { slots: 3 });
    const [holder, other, applicant, withdrawn] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    for (const m of [holder, other]) {
      const a = must(await applyToTask(m, { taskId: task.id, note: '' }));
      must(await decideApplication(poster, { applicationId: a.id, decision: 'ACCEPT' }));
    }
    must(await applyToTask(applicant, { taskId: task.id, note: '' }));
    const gone = must(await applyToTask(withdrawn, { taskId: task.id, note: '' }));
    await db.taskApplication.update({ where: { id: gone.id }, data: { status: 'WITHDRAWN' } });
    expect(await statusOf(task.id)).toBe('IN_PROGRESS');

    expect(await cancelTask(poster, task.id)).toMatchObject({ ok: true });
    expect(await statusOf(task.id)).toBe('CANCELLED');
    const assignments = await db.taskAssignment.findMany({ where: { taskId: task.id }, select: { status: true } });
    expect(assignments.map((a) => a.status)).toEqual(['CANCELLED', 'CANCELLED']);
    const applications = await db.taskApplication.findMany({ where: { taskId: task.id }, select: { userId: true, status: true } });
    expect(applications.find((a) => a.userId === applicant.id)?.status).toBe('CANCELLED');
    expect(applications.find((a) => a.userId === withdrawn.id)?.status).toBe('WITHDRAWN');
    const notified = await db.notification.findMany({ where: { kind: 'taskCancelled', link: `/tasks/${task.id}` }, select: { userId: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([holder.id, other.id, applicant.id].sort());
    // A cancelled slot cannot hand in work any more.
    expect(await submitWork(holder, { taskId: task.id, body: '作品', links: [] })).toMatchObject({ ok: false });
    expect(await cancelTask(poster, task.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await db.notification.count({ where: { kind: 'taskCancelled', link: `/tasks/${task.id}` } })).toBe(3);
  });

  it('hides drafts from everyone but the poster', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { status: 'DRAFT' });
    const member = await createUser();
    expect(await findTask(member, task.id)).toBeNull();
    expect(await findTask(null, task.id)).toBeNull();
    expect(await findTask(poster, task.id)).not.toBeNull();
    expect(await applyToTask(member, { taskId: task.id, note: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuses a second application and an application to a FIRST_COME task claims a slot', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const review = await createTask(poster);
    must(await applyToTask(member, { taskId: review.id, note: '' }));
    expect(await applyToTask(member, { taskId: review.id, note: '' })).toMatchObject({ ok: false, code: 'ALREADY_APPLIED' });
    expect(await applyToTask(poster, { taskId: review.id, note: '' })).toMatchObject({ ok: false, code: 'OWN_TASK' });
    expect(await claimTask(member, review.id)).toMatchObject({ ok: false, code: 'APPLICATION_REQUIRED' });

    const direct = await createTask(poster, { mode: 'FIRST_COME' });
    expect(await applyToTask(member, { taskId: direct.id, note: '' })).toMatchObject({ ok: true, data: { kind: 'assignment' } });
    expect(await claimTask(member, direct.id)).toMatchObject({ ok: false, code: 'SLOTS_FULL' });
  });
});

describe('slots under concurrency', () => {
  it('accepts exactly 3 of 30 applicants accepted at the same moment', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { slots: 3 });
    const members = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const applications = await Promise.all(members.map(async (m) => must(await applyToTask(m, { taskId: task.id, note: '' }))));
    const results = await Promise.all(applications.map((a) => decideApplication(poster, { applicationId: a.id, decision: 'ACCEPT' })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'SLOTS_FULL')).toBe(true);
    expect(await db.taskAssignment.count({ where: { taskId: task.id } })).toBe(3);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { filledSlots: true } })).toEqual({ filledSlots: 3 });
    // Refused accepts rolled back: their applications are still pending, not half-accepted.
    expect(await db.taskApplication.count({ where: { taskId: task.id, status: 'ACCEPTED' } })).toBe(3);
  });

  it('lets exactly 3 of 30 members claim a FIRST_COME task at the same moment', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { slots: 3, mode: 'FIRST_COME' });
    const members = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const results = await Promise.all(members.map((m) => claimTask(m, task.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(await db.taskAssignment.count({ where: { taskId: task.id } })).toBe(3);
  });

  it('refuses more filled slots than slots down to the database', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { slots: 1 });
    await expect(db.task.update({ where: { id: task.id }, data: { filledSlots: 2 } })).rejects.toThrow();
  });
});

describe('rewards', () => {
  it('grants points and records the bounty exactly once, whatever is retried', async () => {
    const { poster, member, task, assignmentId } = await assignedTask({ rewardPoints: 80, bountyFen: 50000 });
    const s = must(await submitWork(member, { taskId: task.id, body: '完成', links: [] }));
    const results = await Promise.all(Array.from({ length: 5 }, () => reviewSubmission(poster, { submissionId: s.id, decision: 'ACCEPT', feedback: '' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await reviewSubmission(poster, { submissionId: s.id, decision: 'ACCEPT', feedback: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await pointsBalance(member.id)).toBe(80);
    expect(await db.pointsEntry.findMany({ where: { userId: member.id }, select: { sourceKey: true, source: true } })).toEqual([{ sourceKey: `task-accept:${assignmentId}`, source: 'TASK' }]);
    const payouts = await db.payout.findMany({ where: { userId: member.id } });
    expect(payouts).toHaveLength(1);
    expect(payouts[0]).toMatchObject({ amountFen: 50000, status: 'PENDING', assignmentId });
  });

  it('lets an operator mark a bounty paid once, and only an operator', async () => {
    const { poster, member, task } = await assignedTask({ rewardPoints: 0, bountyFen: 20000 });
    const s = must(await submitWork(member, { taskId: task.id, body: '完成', links: [] }));
    must(await reviewSubmission(poster, { submissionId: s.id, decision: 'ACCEPT', feedback: '' }));
    const payout = await db.payout.findFirstOrThrow({ where: { userId: member.id } });
    await expect(markPayoutPaid(member, payout.id)).rejects.toBeInstanceOf(ForbiddenError);
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect(await markPayoutPaid(operator, payout.id)).toMatchObject({ ok: true });
    expect(await markPayoutPaid(operator, payout.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await db.auditLog.count({ where: { entityId: payout.id, action: 'payout.paid' } })).toBe(1);
    expect(await pointsBalance(member.id)).toBe(0);
  });
});

describe('disputes', () => {
  async function disputed() {
    const ctx = await assignedTask({ rewardPoints: 40 });
    const s = must(await submitWork(ctx.member, { taskId: ctx.task.id, body: '作品', links: [] }));
    must(await reviewSubmission(ctx.poster, { submissionId: s.id, decision: 'CHANGES', feedback: '不符合要求' }));
    expect(await raiseDispute(ctx.member, { submissionId: s.id, reason: '已按需求完成' })).toMatchObject({ ok: true });
    expect(await statusOf(ctx.task.id)).toBe('IN_REVIEW');
    return { ...ctx, submissionId: s.id };
  }

  it('lets an operator accept disputed work: reward granted once, audit-logged', async () => {
    const { member, task, submissionId } = await disputed();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const [a, b] = await Promise.all([
      resolveDispute(operator, { submissionId, decision: 'ACCEPT', note: '作品满足任务说明' }),
      resolveDispute(operator, { submissionId, decision: 'ACCEPT', note: '重复提交' }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await pointsBalance(member.id)).toBe(40);
    expect(await statusOf(task.id)).toBe('COMPLETED');
    expect(await db.auditLog.count({ where: { entityId: submissionId, action: 'taskDispute.accept', actorId: operator.id } })).toBe(1);
  });

  it('lets an operator reject disputed work: no reward', async () => {
    const { member, submissionId, assignmentId } = await disputed();
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect(await resolveDispute(operator, { submissionId, decision: 'REJECT', note: '未提供源文件' })).toMatchObject({ ok: true });
    expect(await pointsBalance(member.id)).toBe(0);
    expect(await db.taskAssignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { status: true } })).toEqual({ status: 'REJECTED' });
  });

  it('refuses a member or the poster resolving a dispute, and a dispute on work not sent back', async () => {
    const { poster, member, submissionId } = await disputed();
    await expect(resolveDispute(member, { submissionId, decision: 'ACCEPT', note: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    // The poster here is an operator, but a party to the dispute.
    expect(await resolveDispute(poster, { submissionId, decision: 'REJECT', note: 'x' })).toMatchObject({ ok: false, code: 'OWN_TASK' });
    expect(await raiseDispute(member, { submissionId, reason: '再来一次' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });
});

describe('who may do what', () => {
  it('lets only the poster decide applications and review submissions', async () => {
    const { member, task } = await assignedTask({ slots: 2 });
    const stranger = await createUser({ roles: ['ENTREPRENEUR'] });
    const applicant = await createUser();
    const app = must(await applyToTask(applicant, { taskId: task.id, note: '' }));
    await expect(decideApplication(stranger, { applicationId: app.id, decision: 'ACCEPT' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideApplication(applicant, { applicationId: app.id, decision: 'ACCEPT' })).rejects.toBeInstanceOf(ForbiddenError);
    const s = must(await submitWork(member, { taskId: task.id, body: '作品', links: [] }));
    await expect(reviewSubmission(member, { submissionId: s.id, decision: 'ACCEPT', feedback: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewSubmission(stranger, { submissionId: s.id, decision: 'ACCEPT', feedback: '' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await pointsBalance(member.id)).toBe(0);
  });

  it('shows assignees only their own submissions, and others none', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { slots: 2, mode: 'FIRST_COME' });
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    must(await claimTask(a, task.id));
    must(await claimTask(b, task.id));
    must(await submitWork(a, { taskId: task.id, body: 'A 的作品', links: [] }));
    must(await submitWork(b, { taskId: task.id, body: 'B 的作品', links: [] }));
    const seenByA = await findTask(a as SessionUser, task.id);
    expect(seenByA?.myAssignment?.submissions.map((s) => s.body)).toEqual(['A 的作品']);
    expect(seenByA?.assignments).toEqual([]);
    expect(seenByA?.applications).toEqual([]);
    const seenByC = await findTask(c, task.id);
    expect(seenByC?.myAssignment).toBeNull();
    expect(seenByC?.assignments).toEqual([]);
    const seenByPoster = await findTask(poster, task.id);
    expect(seenByPoster?.assignments.flatMap((x) => x.submissions.map((s) => s.body)).sort()).toEqual(['A 的作品', 'B 的作品']);
  });

  it('refuses a submission from a member who holds no slot', async () => {
    const { task } = await assignedTask();
    expect(await submitWork(await createUser(), { taskId: task.id, body: '作品', links: [] })).toMatchObject({ ok: false, code: 'NOT_ASSIGNED' });
  });
});

describe('expiry', () => {
  it('expires open tasks past their deadline, once, and leaves tasks with assignees alone', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const now = new Date();
    const overdue = await createTask(poster, { deadline: new Date(now.getTime() + 1000) });
    const running = (await assignedTask()).task;
    await db.task.update({ where: { id: running.id }, data: { deadline: new Date(now.getTime() + 1000) } });
    const later = new Date(now.getTime() + 60_000);
    expect(await expireOverdueTasks(later)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(overdue.id)).toBe('EXPIRED');
    expect(await statusOf(running.id)).toBe('IN_PROGRESS');
    const again = await expireOverdueTasks(later);
    expect(await statusOf(overdue.id)).toBe('EXPIRED');
    expect(again).toBe(0);
  });
});

describe('browsing', () => {
  it('filters open tasks by category, place, bounty and my skills, with a cursor', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const tag = `技能${Math.random().toString(36).slice(2, 8)}`;
    const member = { ...(await createUser()), roles: [] };
    await db.user.update({ where: { id: member.id }, data: { skills: [tag] } });
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createTask(poster, { skills: [tag], category: 'HARDWARE', location: 'ONSITE', bountyFen: i % 2 ? 10000 : 0 }));
    const full = await createTask(poster, { skills: [tag], mode: 'FIRST_COME', slots: 1 });
    must(await claimTask(await createUser(), full.id));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOpenTasks(member, taskSearchSchema.parse({ matches: '1', limit: '2', ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(created.map((t) => t.id).sort());

    const bounty = await listOpenTasks(member, taskSearchSchema.parse({ matches: '1', bounty: '1', category: 'HARDWARE', location: 'ONSITE' }));
    expect(bounty.items).toHaveLength(2);
    const remote = await listOpenTasks(member, taskSearchSchema.parse({ matches: '1', location: 'REMOTE' }));
    expect(remote.items).toHaveLength(0);
  });

  it('finds nothing, and does not fail, for "matches my skills" on a profile without skills', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    await createTask(poster, { skills: ['焊接'] });
    const member = { ...(await createUser()), roles: [] };
    await db.user.update({ where: { id: member.id }, data: { skills: [] } });
    expect(await listOpenTasks(member, taskSearchSchema.parse({ matches: '1' }))).toEqual({ items: [], nextCursor: null });
  });
});
