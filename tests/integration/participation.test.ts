import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ForbiddenError } from '@/lib/auth/permissions';
import { createApiToken } from '@/lib/api-tokens/service';
import { localDateKey, zonedInstant } from '@/lib/time';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { answerSchema } from '@/lib/participation/schemas';
import { addComment, createConsultation, createProposal, editProposal, supportProposal, withdrawProposal, withdrawSupport } from '@/lib/participation/service';
import { rateAnswer, saveAnswer } from '@/lib/participation/answers';
import { escalateOverdueProposals } from '@/lib/participation/escalation-service';
import { createResult, updateResultProgress } from '@/lib/participation/results';
import { findProposal, listProposals, listResults, participationStats } from '@/lib/participation/queries';
import { moderateContent, reportContent } from '@/lib/moderation/service';
import { loadInboxCounts } from '@/lib/console/inbox-queries';
import { GET as getProposalRoute } from '@/app/api/v1/proposals/[id]/route';
import { GET as listProposalsRoute, POST as createProposalRoute } from '@/app/api/v1/consultations/[id]/proposals/route';
import { POST as supportRoute, DELETE as unsupportRoute } from '@/app/api/v1/proposals/[id]/supports/route';
import type { SessionUser } from '@/lib/users/queries';
import { createUser } from '../factories';

// A second app instance: its own pool and client.
const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
const otherDb = new PrismaClient({ adapter: new PrismaPg(otherPool) });
afterAll(async () => {
  await otherDb.$disconnect();
  await otherPool.end();
});

const DAY = 86_400_000;

async function consultation(opts: { categories?: string[]; closesAt?: Date | null; deadline?: number; audience?: 'PUBLIC' | 'MEMBERS' } = {}) {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const tz = await findDefaultTimeZone();
  const closesAt = opts.closesAt === undefined ? new Date(Date.now() + 30 * DAY) : opts.closesAt;
  const r = await createConsultation(operator, {
    title: '如何改善共享工位？',
    description: '请告诉我们。',
    // Days in the space's zone, as the operator's form sends them.
    opensAt: localDateKey(new Date(Date.now() - DAY), tz),
    closesAt: closesAt && localDateKey(closesAt, tz),
    audience: opts.audience ?? 'PUBLIC',
    categories: opts.categories ?? ['工位', '活动'],
    answerDeadlineDays: opts.deadline ?? 10,
    supportThreshold: null,
  });
  if (!r.ok) throw new Error(r.code);
  return { id: r.data.id, operator };
}

async function proposal(consultationId = 'suggestion-box', author?: SessionUser) {
  const a = author ?? (await createUser());
  const r = await createProposal(a, consultationId, { title: '工位区增加插座', body: '靠窗一排没有插座。', category: '' });
  if (!r.ok) throw new Error(r.code);
  return { id: r.data.id, author: a };
}

function answer(proposalId: string, from: string, decision: string, extra: Record<string, unknown> = {}) {
  return answerSchema.parse({ proposalId, from, decision, body: '我们研究后决定如下。', publish: true, ...extra });
}

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'test' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe('supports', () => {
  it('counts one support when one member supports the same proposal 50 times at once', async () => {
    const { id } = await proposal();
    const member = await createUser();
    const results = await Promise.all(Array.from({ length: 50 }, () => supportProposal(member, id)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.proposalSupport.count({ where: { proposalId: id } })).toBe(1);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).supportCount).toBe(1);
  });

  it('counts 30 supports when 30 members support at once', async () => {
    const { id } = await proposal();
    const members = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const results = await Promise.all(members.map((m) => supportProposal(m, id)));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).supportCount).toBe(30);
  });

  it('lets a member withdraw a support while the consultation is open, and refuses support for a rejected proposal', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const member = await createUser();
    await supportProposal(member, id);
    const withdrawn = await withdrawSupport(member, id);
    expect(withdrawn.ok && withdrawn.data.supportCount).toBe(0);
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'REJECTED', { reason: '预算不足。' }))).ok).toBe(true);
    const refused = await supportProposal(member, id);
    expect(refused.ok ? null : refused.code).toBe('PROPOSAL_CLOSED');
  });

  it('refuses to withdraw a support once the consultation has closed', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const member = await createUser();
    await supportProposal(member, id);
    await db.consultation.update({ where: { id: c.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const r = await withdrawSupport(member, id);
    expect(r.ok ? null : r.code).toBe('CONSULTATION_CLOSED');
    expect(await db.proposalSupport.count({ where: { proposalId: id } })).toBe(1);
  });
});

describe('proposals', () => {
  it('lets the author edit until the first support, then refuses', async () => {
    const { id, author } = await proposal();
    expect((await editProposal(author, id, { title: '新标题', body: '正文', category: '' })).ok).toBe(true);
    await supportProposal(await createUser(), id);
    const r = await editProposal(author, id, { title: '再改', body: '正文', category: '' });
    expect(r.ok ? null : r.code).toBe('PROPOSAL_LOCKED');
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).title).toBe('新标题');
  });

  it('refuses an edit by someone who is not the author as not found', async () => {
    const { id } = await proposal();
    const r = await editProposal(await createUser(), id, { title: 'x', body: 'y', category: '' });
    expect(r.ok ? null : r.code).toBe('NOT_FOUND');
  });

  it('refuses a category the consultation does not have', async () => {
    const c = await consultation();
    const r = await createProposal(await createUser(), c.id, { title: 't', body: 'b', category: '不存在' });
    expect(r.ok ? null : r.fieldErrors?.category).toEqual(['categoryInvalid']);
  });

  it('keeps replies one level deep', async () => {
    const { id } = await proposal();
    const member = await createUser();
    const top = await addComment(member, { proposalId: id, parentId: '', body: '同意' });
    if (!top.ok) throw new Error(top.code);
    const reply = await addComment(member, { proposalId: id, parentId: top.data.id, body: '补充' });
    if (!reply.ok) throw new Error(reply.code);
    const deeper = await addComment(member, { proposalId: id, parentId: reply.data.id, body: '再回复' });
    expect(deeper.ok ? null : deeper.fieldErrors?.parentId).toEqual(['replyTooDeep']);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).commentCount).toBe(2);
  });

  it('withdraws with a reason, after which no answer applies', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    expect((await withdrawProposal(author, id, '已经解决了')).ok).toBe(true);
    const r = await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'));
    expect(r.ok ? null : r.code).toBe('STATE_CHANGED');
  });
});

describe('official answers', () => {
  it('refuses a rejection without a reason', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    expect(answerSchema.safeParse({ proposalId: id, from: 'NOT_ANSWERED', decision: 'REJECTED', body: '不行', reason: '' }).success).toBe(false);
    const r = await saveAnswer(c.operator, { proposalId: id, from: 'NOT_ANSWERED', decision: 'REJECTED', body: '不行', reason: '  ', publish: true });
    expect(r.ok ? null : r.fieldErrors?.reason).toEqual(['reasonRequired']);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('NOT_ANSWERED');
  });

  it('refuses an outdated transition from a stale page', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const other = await createUser({ roles: ['OPERATOR'] });
    // Both pages showed NOT_ANSWERED; one operator accepts first.
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'))).ok).toBe(true);
    const stale = await saveAnswer(other, answer(id, 'NOT_ANSWERED', 'REJECTED', { reason: '不合适' }));
    expect(stale.ok ? null : stale.code).toBe('STATE_CHANGED');
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('ACCEPTED');
    // A move the table does not have is refused as such.
    const illegal = await saveAnswer(c.operator, answer(id, 'ACCEPTED', 'REJECTED', { reason: 'x' }));
    expect(illegal.ok ? null : illegal.code).toBe('ILLEGAL_TRANSITION');
  });

  it('applies exactly one of many simultaneous answers from the same stale status', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const ops = await Promise.all(Array.from({ length: 6 }, () => createUser({ roles: ['OPERATOR'] })));
    const results = await Promise.all(ops.map((o, i) => saveAnswer(o, answer(id, 'NOT_ANSWERED', i % 2 ? 'ACCEPTED' : 'EVALUATING'))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.proposalAnswer.count({ where: { proposalId: id, publishedAt: { not: null } } })).toBe(1);
  });

  it('keeps a draft unpublished and private until it is published, with answeredAt and publishedAt apart', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const written = new Date(Date.now() - 3_600_000);
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED', { publish: false }), written)).ok).toBe(true);
    expect((await findProposal(id, { signedIn: false }))!.answers).toHaveLength(0);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('NOT_ANSWERED');
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'))).ok).toBe(true);
    const [a] = await db.proposalAnswer.findMany({ where: { proposalId: id } });
    expect(a.publishedAt).not.toBeNull();
    expect(a.answeredAt.getTime()).toBeLessThanOrEqual(a.publishedAt!.getTime());
  });

  it('lets a mentor assigned as evaluator answer, and nobody else who is not an operator', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const mentor = await createUser({ roles: ['MENTOR'] });
    const denied = await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'EVALUATING'));
    expect(denied.ok ? null : denied.code).toBe('NOT_FOUND');
    await db.proposal.update({ where: { id }, data: { evaluatorId: mentor.id } });
    expect((await saveAnswer(mentor, answer(id, 'NOT_ANSWERED', 'EVALUATING'))).ok).toBe(true);
  });

  it('notifies the author, supporters and followers when an answer is published', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    const supporter = await createUser();
    await supportProposal(supporter, id);
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'))).ok).toBe(true);
    for (const u of [author, supporter]) expect(await db.notification.count({ where: { userId: u.id, kind: 'proposalAnswered', subjectId: id } })).toBe(1);
  });

  it('reopens a dissatisfied answer once, for another operator to answer', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'REJECTED', { reason: '场地限制' }))).ok).toBe(true);
    const rated = await rateAnswer(author, id, 'DISSATISFIED');
    expect(rated.ok && rated.data.reopened).toBe(true);
    expect((await rateAnswer(author, id, 'DISSATISFIED')).ok).toBe(false);
    const same = await saveAnswer(c.operator, answer(id, 'EVALUATING', 'ACCEPTED'));
    expect(same.ok ? null : same.code).toBe('SAME_ANSWERER');
    const second = await createUser({ roles: ['OPERATOR'] });
    expect((await saveAnswer(second, answer(id, 'EVALUATING', 'ACCEPTED'))).ok).toBe(true);
    // The second answer can be rated, but nothing reopens again.
    const again = await rateAnswer(author, id, 'DISSATISFIED');
    expect(again.ok && again.data.reopened).toBe(false);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('ACCEPTED');
  });
});

describe('points', () => {
  it('awards an accepted proposal’s author points once, even when it is accepted again after a second look', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'))).ok).toBe(true);
    await rateAnswer(author, id, 'DISSATISFIED');
    const second = await createUser({ roles: ['OPERATOR'] });
    expect((await saveAnswer(second, answer(id, 'EVALUATING', 'ACCEPTED'))).ok).toBe(true);
    const rows = await db.pointsEntry.findMany({ where: { userId: author.id, source: 'PROPOSAL' } });
    expect(rows).toHaveLength(1);
    expect(rows[0].sourceKey).toBe(`proposal-accepted:${id}`);
  });

  it('awards no points for supports or comments', async () => {
    const { id } = await proposal();
    const member = await createUser();
    await supportProposal(member, id);
    await addComment(member, { proposalId: id, parentId: '', body: '好主意' });
    expect(await db.pointsEntry.count({ where: { userId: member.id } })).toBe(0);
  });
});

describe('the public clock', () => {
  it('counts working days across a public holiday and a swapped working Sunday', async () => {
    // Friday 18 September 2026, 10:00 in Shanghai. Sunday 20 September is a swapped working day;
    // 25-27 September are the Mid-Autumn holiday. To Monday 28 September: 20, 21, 22, 23, 24, 28.
    const c = await consultation({ deadline: 5 });
    const { id } = await proposal(c.id);
    const created = zonedInstant('2026-09-18', '10:00', 'Asia/Shanghai');
    await db.proposal.update({ where: { id }, data: { createdAt: created, firstAnsweredAt: zonedInstant('2026-09-28', '09:00', 'Asia/Shanghai') } });
    const p = await findProposal(id, { signedIn: false });
    expect(p!.clock.elapsed).toBe(6);
    expect(p!.clock.state).toBe('OVERDUE');
    expect(p!.clock.dueDate).toBe('2026-09-24');
  });

  it('counts a swapped working Saturday and is very overdue past twice the deadline', async () => {
    // Thursday 7 May 2026; Saturday 9 May is a swapped working day. To Wednesday 13 May: 8, 9, 11, 12, 13.
    const c = await consultation({ deadline: 2 });
    const { id } = await proposal(c.id);
    await db.proposal.update({ where: { id }, data: { createdAt: zonedInstant('2026-05-07', '15:00', 'Asia/Shanghai'), firstAnsweredAt: zonedInstant('2026-05-13', '18:00', 'Asia/Shanghai') } });
    const p = await findProposal(id, { signedIn: false });
    expect(p!.clock.elapsed).toBe(5);
    expect(p!.clock.state).toBe('VERY_OVERDUE');
  });
});

describe('escalation', () => {
  it('escalates a missed deadline exactly once with two app instances running the job at the same time', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const c = await consultation({ deadline: 3 });
    const { id } = await proposal(c.id);
    const onTime = await proposal(c.id);
    await db.proposal.update({ where: { id }, data: { createdAt: new Date(Date.now() - 30 * DAY) } });
    const now = new Date();
    const runs = await Promise.all([
      escalateOverdueProposals(now, db),
      escalateOverdueProposals(now, otherDb),
      escalateOverdueProposals(now, db),
      escalateOverdueProposals(now, otherDb),
    ]);
    expect(runs.filter((r) => r.escalated.includes(id))).toHaveLength(1);
    expect(runs.some((r) => r.escalated.includes(onTime.id))).toBe(false);
    expect(await db.notification.count({ where: { userId: admin.id, kind: 'proposalEscalated', subjectId: id } })).toBe(1);
    const later = await escalateOverdueProposals(new Date(now.getTime() + DAY), otherDb);
    expect(later.escalated).not.toContain(id);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).escalatedAt).not.toBeNull();
  });

  it('does not escalate a proposal answered in time', async () => {
    const c = await consultation({ deadline: 3 });
    const { id } = await proposal(c.id);
    await db.proposal.update({ where: { id }, data: { createdAt: new Date(Date.now() - 30 * DAY) } });
    expect((await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'EVALUATING'))).ok).toBe(true);
    expect((await escalateOverdueProposals(new Date())).escalated).not.toContain(id);
  });
});

describe('moderation', () => {
  it('hides a proposal after three reports, one per member, and leaves it out of the page, the list and the API', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    const reporters = await Promise.all([createUser(), createUser(), createUser()]);
    expect((await reportContent(reporters[0], { contentType: 'proposal', contentId: id, reason: '广告' })).ok).toBe(true);
    const twice = await reportContent(reporters[0], { contentType: 'proposal', contentId: id, reason: '' });
    expect(twice.ok ? null : twice.code).toBe('ALREADY_REPORTED');
    const own = await reportContent(author, { contentType: 'proposal', contentId: id, reason: '' });
    expect(own.ok ? null : own.code).toBe('OWN_CONTENT');
    await reportContent(reporters[1], { contentType: 'proposal', contentId: id, reason: '' });
    expect(await findProposal(id, { signedIn: false })).not.toBeNull();
    const third = await reportContent(reporters[2], { contentType: 'proposal', contentId: id, reason: '' });
    expect(third.ok && third.data.hidden).toBe(true);

    expect(await findProposal(id, { signedIn: true })).toBeNull();
    const list = await listProposals(c.id, { limit: 100 }, { signedIn: true });
    expect(list!.items.map((p) => p.id)).not.toContain(id);
    expect((await getProposalRoute(new NextRequest(`http://localhost/api/v1/proposals/${id}`), ctx(id))).status).toBe(404);
    const apiList = (await (await listProposalsRoute(new NextRequest(`http://localhost/api/v1/consultations/${c.id}/proposals`), ctx(c.id))).json()) as { items: { id: string }[] };
    expect(apiList.items.map((p) => p.id)).not.toContain(id);
    // And it waits in the operators' inbox.
    expect((await loadInboxCounts(c.operator)).reportedContent).toBeGreaterThan(0);
  });

  it('lets an operator restore content with a reason the author is told, and hide a comment', async () => {
    const { id, author } = await proposal();
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect((await moderateContent(operator, { contentType: 'proposal', contentId: id, action: 'hide', reason: '涉及个人信息' })).ok).toBe(true);
    expect(await findProposal(id, { signedIn: true })).toBeNull();
    expect((await moderateContent(operator, { contentType: 'proposal', contentId: id, action: 'restore', reason: '已核实无问题' })).ok).toBe(true);
    expect(await findProposal(id, { signedIn: true })).not.toBeNull();
    const notes = await db.notification.findMany({ where: { userId: author.id, kind: { in: ['contentHidden', 'contentRestored'] } }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((n) => (n.data as { reason: string }).reason)).toEqual(['涉及个人信息', '已核实无问题']);

    const commenter = await createUser();
    const comment = await addComment(commenter, { proposalId: id, parentId: '', body: '垃圾广告' });
    if (!comment.ok) throw new Error(comment.code);
    expect((await moderateContent(operator, { contentType: 'proposalComment', contentId: comment.data.id, action: 'hide', reason: '广告' })).ok).toBe(true);
    expect((await findProposal(id, { signedIn: false }))!.comments.map((c) => c.id)).not.toContain(comment.data.id);
    const api = (await (await getProposalRoute(new NextRequest(`http://localhost/api/v1/proposals/${id}`), ctx(id))).json()) as { comments: { id: string }[] };
    expect(api.comments.map((c) => c.id)).not.toContain(comment.data.id);
  });

  it('refuses moderation by a member', async () => {
    const { id } = await proposal();
    await expect(moderateContent(await createUser(), { contentType: 'proposal', contentId: id, action: 'hide', reason: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('results', () => {
  it('weights a parent’s progress by its children and notifies the linked proposal’s author and supporters', async () => {
    const c = await consultation();
    const { id, author } = await proposal(c.id);
    const supporter = await createUser();
    await supportProposal(supporter, id);
    await saveAnswer(c.operator, answer(id, 'NOT_ANSWERED', 'ACCEPTED'));
    const parent = await createResult(c.operator, { title: `工位改造 ${id}`, description: '', parentId: '', weight: 1, proposalIds: [] });
    if (!parent.ok) throw new Error(parent.code);
    const a = await createResult(c.operator, { title: '插座', description: '', parentId: parent.data.id, weight: 3, proposalIds: [id] });
    const b = await createResult(c.operator, { title: '照明', description: '', parentId: parent.data.id, weight: 1, proposalIds: [] });
    if (!a.ok || !b.ok) throw new Error('result');
    await updateResultProgress(c.operator, { resultId: a.data.id, progress: 100, status: 'DONE', milestoneTitle: '插座装好了', milestoneDescription: '' });
    await updateResultProgress(c.operator, { resultId: b.data.id, progress: 20, status: 'IN_PROGRESS', milestoneTitle: '', milestoneDescription: '' });
    const tree = (await listResults()).find((r) => r.id === parent.data.id)!;
    expect(tree.effectiveProgress).toBe(80);
    for (const u of [author, supporter]) expect(await db.notification.count({ where: { userId: u.id, kind: 'resultProgress' } })).toBe(1);
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('IMPLEMENTED');
  });

  it('refuses to link a proposal that was not accepted', async () => {
    const c = await consultation();
    const { id } = await proposal(c.id);
    const r = await createResult(c.operator, { title: 'x', description: '', parentId: '', weight: 1, proposalIds: [id] });
    expect(r.ok ? null : r.fieldErrors?.proposalIds).toEqual(['resultProposalsInvalid']);
  });
});

describe('stats and lists', () => {
  it('reports the median working days to answer, the on-time share and satisfaction per consultation', async () => {
    const c = await consultation({ deadline: 5 });
    const fast = await proposal(c.id);
    const slow = await proposal(c.id);
    await db.proposal.update({ where: { id: fast.id }, data: { createdAt: zonedInstant('2026-11-02', '10:00', 'Asia/Shanghai') } });
    await db.proposal.update({ where: { id: slow.id }, data: { createdAt: zonedInstant('2026-11-02', '10:00', 'Asia/Shanghai') } });
    await saveAnswer(c.operator, answer(fast.id, 'NOT_ANSWERED', 'ACCEPTED'), zonedInstant('2026-11-04', '10:00', 'Asia/Shanghai'));
    await saveAnswer(c.operator, answer(slow.id, 'NOT_ANSWERED', 'REJECTED', { reason: '不可行' }), zonedInstant('2026-11-16', '10:00', 'Asia/Shanghai'));
    await rateAnswer(fast.author, fast.id, 'SATISFIED');
    await rateAnswer(slow.author, slow.id, 'NEUTRAL');
    const s = await participationStats(c.id);
    expect(s).toMatchObject({ proposals: 2, answered: 2, medianDays: 6, onTimeShare: 0.5, satisfaction: 0.5, ratings: 2 });
  });

  it('pages through proposals most supported first without repeating or skipping, filtered by category', async () => {
    const c = await consultation();
    const author = await createUser();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await createProposal(author, c.id, { title: `提议 ${i}`, body: 'b', category: i % 2 ? '活动' : '工位' });
      if (!r.ok) throw new Error(r.code);
      ids.push(r.data.id);
      for (let k = 0; k < i; k++) await supportProposal(await createUser(), r.data.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listProposals(c.id, { sort: 'supported', category: '工位', limit: 2, cursor }, { signedIn: false });
      seen.push(...page!.items.map((p) => p.id));
      cursor = page!.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([ids[4], ids[2], ids[0]]);
  });

  it('keeps members-only consultations from readers without an account', async () => {
    const c = await consultation({ audience: 'MEMBERS' });
    const { id } = await proposal(c.id);
    expect(await findProposal(id, { signedIn: false })).toBeNull();
    expect(await findProposal(id, { signedIn: true })).not.toBeNull();
  });
});

describe('proposals API', () => {
  it('creates a proposal with a token, supports it once and withdraws the support', async () => {
    const member = await createUser();
    const auth = await bearer(member);
    const created = await createProposalRoute(
      new NextRequest('http://localhost/api/v1/consultations/suggestion-box/proposals', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ title: '开放周末夜间', body: '希望周末延长开放。' }) }),
      ctx('suggestion-box'),
    );
    expect(created.status).toBe(201);
    const { proposal: p } = (await created.json()) as { proposal: { id: string } };
    const supporter = await bearer(await createUser());
    const post = () => supportRoute(new NextRequest(`http://localhost/api/v1/proposals/${p.id}/supports`, { method: 'POST', headers: { authorization: supporter } }), ctx(p.id));
    const [r1, r2] = await Promise.all([post(), post()]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    expect(((await r2.json()) as { supportCount: number }).supportCount).toBe(1);
    const del = await unsupportRoute(new NextRequest(`http://localhost/api/v1/proposals/${p.id}/supports`, { method: 'DELETE', headers: { authorization: supporter } }), ctx(p.id));
    expect(((await del.json()) as { supportCount: number }).supportCount).toBe(0);
    const mine = (await (await getProposalRoute(new NextRequest(`http://localhost/api/v1/proposals/${p.id}`, { headers: { authorization: auth } }), ctx(p.id))).json()) as { viewer: { isAuthor: boolean } };
    expect(mine.viewer.isAuthor).toBe(true);
  });

  it('answers bad input with field errors and a missing proposal with 404, never a 500', async () => {
    const auth = await bearer(await createUser());
    const bad = await createProposalRoute(
      new NextRequest('http://localhost/api/v1/consultations/suggestion-box/proposals', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ title: '' }) }),
      ctx('suggestion-box'),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields.title).toBeDefined();
    expect((await supportRoute(new NextRequest('http://localhost/api/v1/proposals/nope/supports', { method: 'POST', headers: { authorization: auth } }), ctx('nope'))).status).toBe(404);
    const list = await listProposalsRoute(new NextRequest('http://localhost/api/v1/consultations/suggestion-box/proposals?sort=bogus&limit=abc&status=NOPE'), ctx('suggestion-box'));
    expect(list.status).toBe(200);
  });
});
