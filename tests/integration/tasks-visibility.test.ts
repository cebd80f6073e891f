import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { GET as listRoute } from '@/app/api/v1/tasks/route';
import { applyToTask, claimTask, createTask as createTaskService, raiseDispute, reviewSubmission, submitWork } from '@/lib/tasks/service';
import { findTask, listOpenTasks } from '@/lib/tasks/queries';
import { taskSchema, taskSearchSchema } from '@/lib/tasks/schemas';
import { findMemberContributions } from '@/lib/points/queries';
import type { SessionUser } from '@/lib/users/queries';
import { createProject, createTask, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'test' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}

async function apiTaskIds(auth?: string): Promise<string[]> {
  const req = new NextRequest('http://localhost/api/v1/tasks?limit=100', { headers: auth ? { authorization: auth } : {} });
  const body = await (await listRoute(req, { params: Promise.resolve({}) })).json();
  return body.items.map((t: { id: string }) => t.id);
}

/** A PRIVATE project with one teammate, and an open task of it (as if the project turned private after posting). */
async function privateProjectTask() {
  const founder = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(founder, { name: `私密项目 ${Math.random().toString(36).slice(2, 8)}`, visibility: 'PRIVATE' });
  const teammate = await createUser();
  await db.projectMember.create({ data: { projectId: project.id, userId: teammate.id } });
  const task = await createTask(founder, { projectId: project.id, mode: 'FIRST_COME', slots: 2 });
  return { founder, project, teammate, task };
}

describe('tasks of a private project', () => {
  it('are seen only by the project’s team and operators: others get not found, in pages and the API', async () => {
    const { founder, project, teammate, task } = await privateProjectTask();
    const stranger = await createUser();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const search = taskSearchSchema.parse({ limit: '100' });

    expect(await findTask(stranger, task.id)).toBeNull();
    expect(await findTask(null, task.id)).toBeNull();
    expect((await listOpenTasks(stranger, search)).items.some((t) => t.id === task.id)).toBe(false);
    expect((await listOpenTasks(null, search)).items.some((t) => t.id === task.id)).toBe(false);
    expect(await apiTaskIds()).not.toContain(task.id);
    expect(await apiTaskIds(await bearer(stranger))).not.toContain(task.id);
    expect(await applyToTask(stranger, { taskId: task.id, note: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await claimTask(stranger, task.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    for (const insider of [founder, teammate, operator]) {
      expect(await findTask(insider, task.id)).toMatchObject({ project: { id: project.id } });
      expect((await listOpenTasks(insider, search)).items.some((t) => t.id === task.id)).toBe(true);
    }
    expect(await apiTaskIds(await bearer(operator))).toContain(task.id);
  });

  it('stay visible to a member already working on one, and their contribution shows only to those who may see the project', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(founder);
    const worker = await createUser();
    const task = await createTask(founder, { projectId: project.id, mode: 'FIRST_COME' });
    must(await claimTask(worker, task.id));
    const s = must(await submitWork(worker, { taskId: task.id, body: '完成', links: [] }));
    must(await reviewSubmission(founder, { submissionId: s.id, decision: 'ACCEPT', feedback: '' }));
    await db.project.update({ where: { id: project.id }, data: { visibility: 'PRIVATE' } });

    expect(await findTask(worker, task.id)).not.toBeNull();
    const stranger = await createUser();
    expect(await findTask(stranger, task.id)).toBeNull();
    const seenByStranger = await findMemberContributions(stranger, worker.id);
    expect(seenByStranger?.completed.some((c) => c.task.id === task.id)).toBe(false);
    const seenByFounder = await findMemberContributions(founder, worker.id);
    expect(seenByFounder?.completed.some((c) => c.task.id === task.id)).toBe(true);
  });

  it('cannot be published: nobody outside the team would see it and the team may not take it', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(founder, { visibility: 'PRIVATE' });
    const input = { title: '内部任务', category: 'DESIGN', rewardPoints: '20', deadline: '2099-01-01T18:00', projectId: project.id };
    expect(await createTaskService(founder, taskSchema.parse({ ...input, publish: 'yes' }))).toMatchObject({ ok: false, fieldErrors: { projectId: ['taskProjectPrivate'] } });
    expect(await createTaskService(founder, taskSchema.parse(input))).toMatchObject({ ok: true, data: { status: 'DRAFT' } });
  });
});

describe('disputes on a task page', () => {
  it('are shown to operators only, decided from the viewer and not from the caller', async () => {
    const poster = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(poster);
    const member = await createUser();
    const task = await createTask(poster, { projectId: project.id, mode: 'FIRST_COME' });
    must(await claimTask(member, task.id));
    const s = must(await submitWork(member, { taskId: task.id, body: '作品', links: [] }));
    must(await reviewSubmission(poster, { submissionId: s.id, decision: 'CHANGES', feedback: '不行' }));
    must(await raiseDispute(member, { submissionId: s.id, reason: '已完成' }));

    const operator = await createUser({ roles: ['OPERATOR'] });
    expect((await findTask(operator, task.id))?.disputes.map((d) => d.id)).toEqual([s.id]);
    for (const viewer of [poster, member, await createUser(), null]) {
      // An extra argument claiming operator rights (the old signature) changes nothing.
      const seen = await (findTask as (v: typeof viewer, id: string, opts?: unknown) => ReturnType<typeof findTask>)(viewer, task.id, { operator: true });
      expect(seen?.disputes ?? []).toEqual([]);
    }
  });
});
