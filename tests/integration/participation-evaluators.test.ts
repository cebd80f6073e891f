import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { answerSchema } from '@/lib/participation/schemas';
import { assignEvaluator, createProposal } from '@/lib/participation/service';
import { saveAnswer } from '@/lib/participation/answers';
import { countProposalsToEvaluate, findProposal, findProposalToEvaluate, listEvaluators, listProposalsToEvaluate } from '@/lib/participation/queries';
import { moderateContent } from '@/lib/moderation/service';
import type { SessionUser } from '@/lib/users/queries';
import { createUser } from '../factories';

async function proposalWithEvaluator() {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const mentor = await createUser({ roles: ['MENTOR'], name: '评估导师' });
  const author = await createUser();
  const created = await createProposal(author, 'suggestion-box', { title: '创客区增加 3D 打印机', body: '排队太久。', category: '' });
  if (!created.ok) throw new Error(created.code);
  const id = created.data.id;
  const assigned = await assignEvaluator(operator, id, mentor.id);
  expect(assigned.ok).toBe(true);
  return { id, operator, mentor, author };
}

function answer(proposalId: string, from: string, decision: string, extra: Record<string, unknown> = {}) {
  return answerSchema.parse({ proposalId, from, decision, body: '导师评估后的答复。', ...extra });
}

const code = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code);

describe('a mentor as evaluator of a proposal', () => {
  it('tells the assigned mentor, lists the proposal for them and lets them save a draft and then publish it', async () => {
    const { id, mentor, author } = await proposalWithEvaluator();
    const note = await db.notification.findFirst({ where: { userId: mentor.id, kind: 'proposalEvaluatorAssigned', subjectId: id }, select: { link: true } });
    expect(note?.link).toBe(`/mentoring/proposals/${id}`);
    expect((await listProposalsToEvaluate(mentor)).map((p) => p.id)).toEqual([id]);
    expect(await countProposalsToEvaluate(mentor)).toBe(1);

    const draft = await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'ACCEPTED', { publish: 'no' }));
    expect(draft).toMatchObject({ ok: true, data: { published: false } });
    const page = await findProposalToEvaluate(mentor, id);
    expect(page?.draft).toMatchObject({ decision: 'ACCEPTED', body: '导师评估后的答复。' });
    expect(page?.status).toBe('NOT_ANSWERED');
    // A draft is nobody else's business yet.
    expect((await findProposal(id, { signedIn: false }))?.answers).toEqual([]);

    const published = await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'ACCEPTED', { publish: 'yes' }));
    expect(published).toMatchObject({ ok: true, data: { published: true } });
    const publicPage = await findProposal(id, { signedIn: false });
    expect(publicPage?.status).toBe('ACCEPTED');
    expect(publicPage?.answers.map((a) => a.author.name)).toEqual(['评估导师']);
    expect(await db.notification.count({ where: { userId: author.id, kind: 'proposalAnswered', subjectId: id } })).toBe(1);
    // Answered: no longer waiting in the mentor's list.
    expect(await listProposalsToEvaluate(mentor)).toEqual([]);
  });

  it('holds the mentor to the operator’s rules: a reason for a rejection, and no answer from a stale page', async () => {
    const { id, operator, mentor } = await proposalWithEvaluator();
    expect(answerSchema.safeParse({ proposalId: id, from: 'NOT_ANSWERED', decision: 'REJECTED', body: '不采纳。' }).success).toBe(false);
    expect(code(await saveAnswer(mentor, { ...answer(id, 'NOT_ANSWERED', 'EVALUATING'), decision: 'REJECTED', reason: '' }))).toBe('VALIDATION_FAILED');
    // The mentor's page still shows NOT_ANSWERED while an operator moves the proposal on.
    expect(code(await saveAnswer(operator, answer(id, 'NOT_ANSWERED', 'EVALUATING', { publish: 'yes' })))).toBe('ok');
    expect(code(await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'ACCEPTED', { publish: 'yes' })))).toBe('STATE_CHANGED');
    expect(code(await saveAnswer(mentor, answer(id, 'EVALUATING', 'REJECTED', { reason: '场地不允许。', publish: 'yes' })))).toBe('ok');
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('REJECTED');
  });

  it('gives another mentor nothing: not in their list, not found on the page, and their answer refused as not found', async () => {
    const { id } = await proposalWithEvaluator();
    const other = await createUser({ roles: ['MENTOR'] });
    expect(await listProposalsToEvaluate(other)).toEqual([]);
    expect(await findProposalToEvaluate(other, id)).toBeNull();
    expect(code(await saveAnswer(other, answer(id, 'NOT_ANSWERED', 'EVALUATING', { publish: 'yes' })))).toBe('NOT_FOUND');
    expect(await db.proposalAnswer.count({ where: { proposalId: id } })).toBe(0);
  });

  it('refuses a member who is not a mentor, even one written in as evaluator, and a mentor who lost the role', async () => {
    const { id, mentor } = await proposalWithEvaluator();
    const member = await createUser();
    await db.proposal.update({ where: { id }, data: { evaluatorId: member.id } });
    expect(await findProposalToEvaluate(member, id)).toBeNull();
    expect(await listProposalsToEvaluate(member)).toEqual([]);
    expect(code(await saveAnswer(member, answer(id, 'NOT_ANSWERED', 'EVALUATING', { publish: 'yes' })))).toBe('NOT_FOUND');

    await db.proposal.update({ where: { id }, data: { evaluatorId: mentor.id } });
    const former: SessionUser = { ...mentor, roles: [] };
    expect(await findProposalToEvaluate(former, id)).toBeNull();
    expect(code(await saveAnswer(former, answer(id, 'NOT_ANSWERED', 'EVALUATING', { publish: 'yes' })))).toBe('NOT_FOUND');
    expect(await db.proposalAnswer.count({ where: { proposalId: id } })).toBe(0);
  });

  it('keeps a proposal hidden by moderation from its evaluating mentor', async () => {
    const { id, operator, mentor } = await proposalWithEvaluator();
    expect((await moderateContent(operator, { contentType: 'proposal', contentId: id, action: 'hide', reason: '含有个人信息。' })).ok).toBe(true);
    expect(await findProposalToEvaluate(mentor, id)).toBeNull();
    expect(code(await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'EVALUATING', { publish: 'yes' })))).toBe('NOT_FOUND');
  });
});

describe('naming an evaluator', () => {
  it('offers and accepts only holders of the mentor role', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const mentor = await createUser({ roles: ['MENTOR'] });
    const otherOperator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const created = await createProposal(member, 'suggestion-box', { title: '走廊灯太暗', body: '晚上看不清。', category: '' });
    if (!created.ok) throw new Error(created.code);
    const evaluators = (await listEvaluators(operator)).map((e) => e.id);
    expect(evaluators).toContain(mentor.id);
    expect(evaluators).not.toContain(otherOperator.id);
    expect(evaluators).not.toContain(member.id);
    for (const who of [otherOperator, member]) {
      const r = await assignEvaluator(operator, created.data.id, who.id);
      expect(r.ok ? null : [r.code, r.fieldErrors]).toEqual(['VALIDATION_FAILED', { evaluatorId: ['evaluatorInvalid'] }]);
    }
    expect((await assignEvaluator(operator, created.data.id, mentor.id)).ok).toBe(true);
    expect((await assignEvaluator(operator, created.data.id, null)).ok).toBe(true);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: created.data.id } })).evaluatorId).toBeNull();
    expect(code(await assignEvaluator(operator, 'no-such-proposal', mentor.id))).toBe('NOT_FOUND');
  });

  it('refuses a mentor or member who tries to name an evaluator', async () => {
    const mentor = await createUser({ roles: ['MENTOR'] });
    const created = await createProposal(await createUser(), 'suggestion-box', { title: '饮水机', body: '多放一台。', category: '' });
    if (!created.ok) throw new Error(created.code);
    await expect(assignEvaluator(mentor, created.data.id, mentor.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: created.data.id } })).evaluatorId).toBeNull();
  });
});
