import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { APPLICATION_TRANSITIONS, canTransition } from '@/lib/admissions/policy';
import { findApplicationForReview, listApplicationsForOwner, listRoundApplications } from '@/lib/admissions/queries';
import {
  commentOnApplication,
  decideApplication,
  graduateProject,
  saveApplication,
  scoreApplication,
  startReview,
  withdrawApplication,
} from '@/lib/admissions/service';
import { createOpenRound, createProject, createUser } from '../factories';

async function submitted() {
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(owner);
  const round = await createOpenRound();
  const r = await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['校园教材浪费严重'], submit: true });
  if (!r.ok) throw new Error(r.code);
  return { owner, project, round, applicationId: r.data.id };
}

describe('admissions', () => {
  it('takes an application from draft to admitted and makes the project incubating', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { applicationId, project, owner } = await submitted();
    expect(await startReview(operator, applicationId)).toMatchObject({ ok: true });
    expect(await decideApplication(operator, { applicationId, decision: 'ADMITTED', message: '欢迎入孵！' })).toMatchObject({ ok: true });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).incubation).toBe('INCUBATING');
    const mine = await listApplicationsForOwner(owner, project.id);
    expect(mine?.[0]).toMatchObject({ status: 'ADMITTED', decisionMessage: '欢迎入孵！' });
    expect(await db.auditLog.count({ where: { entityId: applicationId, actorId: operator.id, action: 'application.admitted' } })).toBe(1);
    expect(await graduateProject(operator, project.id)).toMatchObject({ ok: true });
    expect(await graduateProject(operator, project.id)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('keeps a draft until it is submitted, and requires every answer to submit', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const round = await createOpenRound();
    const draft = await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: [], submit: false });
    expect(draft).toMatchObject({ ok: true, data: { status: 'DRAFT' } });
    expect(await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: [''], submit: true })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['答案'], submit: true })).toMatchObject({ ok: true, data: { status: 'SUBMITTED' } });
    expect(await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['再来'], submit: true })).toMatchObject({ ok: false, code: 'ALREADY_APPLIED' });
  });

  it('refuses applications to a closed round and from someone who does not own the project', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    await db.projectMember.create({ data: { projectId: project.id, userId: member.id } });
    const round = await createOpenRound();
    // A teammate sees the project but may not apply with it.
    await expect(saveApplication(member, { roundId: round.id, projectId: project.id, answers: ['a'], submit: true })).rejects.toBeInstanceOf(ForbiddenError);
    const later = new Date(Date.now() + 60 * 86_400_000);
    expect(await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['a'], submit: true }, later)).toMatchObject({ ok: false, code: 'ROUND_CLOSED' });
  });

  it('refuses illegal transitions', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { applicationId, owner } = await submitted();
    // A decision needs a review first.
    expect(await decideApplication(operator, { applicationId, decision: 'ADMITTED', message: 'x' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    await startReview(operator, applicationId);
    expect(await startReview(operator, applicationId)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(await decideApplication(operator, { applicationId, decision: 'REJECTED', message: '暂不合适' })).toMatchObject({ ok: true });
    // No withdrawal after a decision, no second decision.
    expect(await withdrawApplication(owner, applicationId)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(await decideApplication(operator, { applicationId, decision: 'ADMITTED', message: 'x' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('REJECTED');
  });

  it('has a transition table in which terminal states lead nowhere and owners never decide', () => {
    for (const s of ['ADMITTED', 'REJECTED', 'WITHDRAWN'] as const) expect(APPLICATION_TRANSITIONS[s]).toEqual([]);
    expect(canTransition('UNDER_REVIEW', 'ADMITTED', 'owner')).toBe(false);
    expect(canTransition('SUBMITTED', 'WITHDRAWN', 'owner')).toBe(true);
    expect(canTransition('WAITLISTED', 'ADMITTED', 'operator')).toBe(true);
  });

  it('lets the owner withdraw before a decision', async () => {
    const { applicationId, owner } = await submitted();
    expect(await withdrawApplication(owner, applicationId)).toMatchObject({ ok: true });
    expect(await withdrawApplication(owner, applicationId)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('decides only once when two operators decide at the same moment', async () => {
    const [a, b] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const { applicationId } = await submitted();
    await startReview(a, applicationId);
    const results = await Promise.all([
      decideApplication(a, { applicationId, decision: 'ADMITTED', message: 'yes' }),
      decideApplication(b, { applicationId, decision: 'REJECTED', message: 'no' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('lets only operators review, score and comment', async () => {
    const { applicationId, round, owner } = await submitted();
    for (const actor of [owner, await createUser({ roles: ['MENTOR'] })]) {
      await expect(startReview(actor, applicationId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(scoreApplication(actor, { applicationId, criterionId: round.criteria[0].id, score: 5 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(commentOnApplication(actor, { applicationId, body: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listRoundApplications(actor, round.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('keeps one score per reviewer and criterion, between 1 and 5', async () => {
    const [a, b] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const { applicationId, round } = await submitted();
    const [team, market] = round.criteria;
    await scoreApplication(a, { applicationId, criterionId: team.id, score: 3 });
    await scoreApplication(a, { applicationId, criterionId: team.id, score: 5 });
    await scoreApplication(a, { applicationId, criterionId: market.id, score: 4 });
    await scoreApplication(b, { applicationId, criterionId: team.id, score: 2 });
    const scores = await db.applicationScore.findMany({ where: { applicationId }, select: { reviewerId: true, criterionId: true, score: true } });
    expect(scores).toHaveLength(3);
    expect(scores).toContainEqual({ reviewerId: a.id, criterionId: team.id, score: 5 });
    await expect(db.applicationScore.create({ data: { applicationId, criterionId: team.id, reviewerId: a.id, score: 1 } })).rejects.toThrow();
    await expect(db.applicationScore.create({ data: { applicationId, criterionId: market.id, reviewerId: b.id, score: 6 } })).rejects.toThrow();
    const table = await listRoundApplications(a, round.id);
    expect(table?.applications.find((x) => x.id === applicationId)?.averageScore).toBeCloseTo((5 + 4 + 2) / 3);
  });

  it('never shows internal comments or scores to the applicant', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { applicationId, project, owner } = await submitted();
    await commentOnApplication(operator, { applicationId, body: '内部意见：团队偏弱' });
    expect((await findApplicationForReview(operator, applicationId))?.comments.map((c) => c.body)).toEqual(['内部意见：团队偏弱']);
    const mine = await listApplicationsForOwner(owner, project.id);
    expect(JSON.stringify(mine)).not.toContain('内部意见');
    expect(Object.keys(mine![0]).sort()).toEqual(['answers', 'createdAt', 'decidedAt', 'decisionMessage', 'id', 'round', 'status', 'submittedAt']);
    expect(await listApplicationsForOwner(await createUser(), project.id)).toBeNull();
  });
});
