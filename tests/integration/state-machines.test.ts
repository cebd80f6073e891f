import { describe, expect, it } from 'vitest';
import { saveApplication, withdrawApplication as withdrawAdmission } from '@/lib/admissions/service';
import { applyToTask, decideApplication, raiseDispute, resolveDispute, reviewSubmission, submitWork, withdrawApplication } from '@/lib/tasks/service';
import { createOpenRound, createProject, createTask, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

describe('state machines applied by conditional updates', () => {
  it('lets one of many parallel withdrawals of an admissions application win; the rest see a changed state', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const round = await createOpenRound();
    const { id } = must(await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['答案'], submit: true }));
    const results = await Promise.all(Array.from({ length: 8 }, () => withdrawAdmission(owner, id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(['STATE_CHANGED', 'ILLEGAL_TRANSITION']).toContain(r.ok ? '' : r.code);
  });

  it('answers STATE_CHANGED to a task application withdrawn twice', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const task = await createTask(poster, {});
    const application = must(await applyToTask(member, { taskId: task.id, note: '我会做' }));
    expect(await withdrawApplication(member, application.id)).toMatchObject({ ok: true });
    expect(await withdrawApplication(member, application.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });

  it('keeps a disputed submission for an operator: the poster cannot accept it by review, nor an operator resolve a pending one', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, {});
    const application = must(await applyToTask(member, { taskId: task.id, note: '我会做' }));
    must(await decideApplication(poster, { applicationId: application.id, decision: 'ACCEPT' }));
    const first = must(await submitWork(member, { taskId: task.id, body: '作品', links: [] }));
    expect(await resolveDispute(operator, { submissionId: first.id, decision: 'ACCEPT', note: '尚无争议' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    must(await reviewSubmission(poster, { submissionId: first.id, decision: 'CHANGES', feedback: '请修改' }));
    must(await raiseDispute(member, { submissionId: first.id, reason: '已按要求完成' }));
    expect(await reviewSubmission(poster, { submissionId: first.id, decision: 'ACCEPT', feedback: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await resolveDispute(operator, { submissionId: first.id, decision: 'ACCEPT', note: '满足说明' })).toMatchObject({ ok: true });
  });
});
