import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { answerVerification, askFixVerifications, assignFault, confirmFault, reportFault, setFaultStatus } from '@/lib/faults/service';
import { answerSchema } from '@/lib/participation/schemas';
import { assignEvaluator, createProposal } from '@/lib/participation/service';
import { rateAnswer, saveAnswer } from '@/lib/participation/answers';
import { getRatingPage, getServiceQuality, listMyRateableRecords } from '@/lib/ratings/queries';
import { rateService, updateRatingSettings } from '@/lib/ratings/service';
import { createResource, createSpace, createUser } from '../factories';
import type { SessionUser } from '@/lib/users/queries';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function must<T>(r: { ok: true; data: T } | { ok: false; code: string; message?: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code} ${r.message ?? ''}`);
  return r.data;
}

/** A machine's fault report with a supporter, fixed `fixedDaysAgo` days ago (not fixed when null). */
async function fault(opts: { fixedDaysAgo?: number | null; assign?: boolean } = {}) {
  const operator = await createUser({ roles: ['OPERATOR'], name: '维修员' });
  const reporter = await createUser({ name: '报告人' });
  const supporter = await createUser({ name: '附议人' });
  const resource = await createResource({ kind: 'EQUIPMENT', name: '3D 打印机' });
  const reportedAt = new Date(Date.now() - 10 * DAY);
  const { id } = must(await reportFault(reporter, { resourceId: resource.id, categoryId: 'fc_machine', description: '喷头堵了 / nozzle clogged', location: '', anonymous: false }, reportedAt));
  must(await confirmFault(supporter, { faultId: id }));
  const assignee = opts.assign ? await createUser({ roles: ['OPERATOR'], name: '负责人' }) : null;
  if (assignee) must(await assignFault(operator, { faultId: id, assigneeId: assignee.id }));
  const fixedDaysAgo = opts.fixedDaysAgo === undefined ? 3 : opts.fixedDaysAgo;
  const fixedAt = fixedDaysAgo === null ? null : new Date(Date.now() - fixedDaysAgo * DAY);
  if (fixedAt) must(await setFaultStatus(operator, { faultId: id, status: 'FIXED', note: '清理喷头' }, fixedAt));
  return { id, operator, reporter, supporter, assignee, resource, fixedAt };
}

/** A suggestion-box proposal and the operator who answers it. */
async function proposal(author?: SessionUser) {
  const a = author ?? (await createUser());
  const operator = await createUser({ roles: ['OPERATOR'], name: '答复人' });
  const { id } = must(await createProposal(a, 'suggestion-box', { title: `增加储物柜 ${Math.random().toString(36).slice(2, 8)}`, body: '工位区没有储物柜。', category: '' }));
  return { id, author: a, operator };
}

function answer(proposalId: string, from: string, decision: string, extra: Record<string, unknown> = {}) {
  return answerSchema.parse({ proposalId, from, decision, body: '我们研究后决定如下。', publish: true, ...extra });
}

const rate = (actor: SessionUser, kind: 'FAULT_REPORT' | 'PROPOSAL', recordId: string, level: 'VERY_SATISFIED' | 'SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED' = 'SATISFIED', now?: Date) =>
  rateService(actor, { kind, recordId, level, comment: '' }, now);

describe('the service rating of a fixed fault', () => {
  it('is offered to the reporter and the confirmers two days after the fix, not before and not while open', async () => {
    const open = await fault({ fixedDaysAgo: null });
    expect(await rate(open.reporter, 'FAULT_REPORT', open.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const f = await fault({ fixedDaysAgo: 0 });
    const oneDayLater = new Date(f.fixedAt!.getTime() + DAY);
    expect((await listMyRateableRecords(f.reporter, {}, oneDayLater)).some((i) => i.id === f.id)).toBe(false);
    expect(await rate(f.reporter, 'FAULT_REPORT', f.id, 'SATISFIED', oneDayLater)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await getRatingPage(f.reporter, 'FAULT_REPORT', f.id, oneDayLater)).toBeNull();

    const due = new Date(f.fixedAt!.getTime() + 2 * DAY + 1000);
    for (const member of [f.reporter, f.supporter]) {
      const mine = await listMyRateableRecords(member, {}, due);
      expect(mine.filter((i) => i.id === f.id).map((i) => [i.kind, i.serviceType, i.subject, i.nextRound])).toEqual([['FAULT_REPORT', 'FAULT_REPAIR', '3D 打印机', 1]]);
      // The machine's on-site QR page lists it too.
      expect((await listMyRateableRecords(member, { resourceId: f.resource.id }, due)).map((i) => i.id)).toEqual([f.id]);
    }
    expect(must(await rate(f.supporter, 'FAULT_REPORT', f.id, 'VERY_SATISFIED', due)).caseId).toBeNull();
    expect((await rate(f.reporter, 'FAULT_REPORT', f.id, 'SATISFIED', due)).ok).toBe(true);
    // One record, two people it served: one rating each.
    expect(await db.serviceRating.count({ where: { recordKind: 'FAULT_REPORT', recordId: f.id } })).toBe(2);
    // Neither the operator who fixed it nor a stranger may rate it.
    for (const other of [f.operator, await createUser()]) expect(await rate(other, 'FAULT_REPORT', f.id, 'SATISFIED', due)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('is offered at once when the reporter confirms the fix holds, and withdrawn when "still broken" reopens it', async () => {
    const confirmed = await fault({ fixedDaysAgo: 0 });
    must(await answerVerification(confirmed.reporter, { faultId: confirmed.id, fixed: true }));
    expect((await listMyRateableRecords(confirmed.reporter)).some((i) => i.id === confirmed.id)).toBe(true);

    const reopened = await fault({ fixedDaysAgo: 0 });
    must(await answerVerification(reopened.reporter, { faultId: reopened.id, fixed: false }));
    const later = new Date(Date.now() + 3 * DAY);
    expect(await rate(reopened.reporter, 'FAULT_REPORT', reopened.id, 'SATISFIED', later)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('is never offered for a report closed without fixing', async () => {
    const f = await fault({ fixedDaysAgo: null });
    must(await setFaultStatus(f.operator, { faultId: f.id, status: 'WONT_FIX', note: '不修' }, new Date(Date.now() - 5 * DAY)));
    expect(await rate(f.reporter, 'FAULT_REPORT', f.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await listMyRateableRecords(f.reporter)).some((i) => i.id === f.id)).toBe(false);
  });

  it('keeps one rating per fixed fault and rater when the reporter submits it 30 times at once', async () => {
    const f = await fault();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => rate(f.reporter, 'FAULT_REPORT', f.id, i % 2 ? 'SATISFIED' : 'VERY_DISSATISFIED')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'ALREADY_RATED')).toBe(true);
    expect(await db.serviceRating.count({ where: { recordKind: 'FAULT_REPORT', recordId: f.id } })).toBe(1);
    // Whichever level won, at most the one case a bad rating opens.
    expect(await db.ratingCase.count({ where: { rating: { recordId: f.id } } })).toBeLessThanOrEqual(1);
  });

  it('opens one case for a bad rating, for the assignee, else for the operator who marked it fixed', async () => {
    const assigned = await fault({ assign: true });
    const bad = must(await rate(assigned.reporter, 'FAULT_REPORT', assigned.id, 'VERY_DISSATISFIED'));
    const c1 = await db.ratingCase.findUniqueOrThrow({ where: { id: bad.caseId! }, select: { assigneeId: true, rating: { select: { serviceType: true, spaceId: true } } } });
    expect(c1).toMatchObject({ assigneeId: assigned.assignee!.id, rating: { serviceType: 'FAULT_REPAIR', spaceId: assigned.resource.spaceId } });
    expect(await db.notification.count({ where: { userId: assigned.assignee!.id, kind: 'queueRatingCase', subjectId: bad.caseId! } })).toBe(1);

    const unassigned = await fault();
    const bad2 = must(await rate(unassigned.supporter, 'FAULT_REPORT', unassigned.id, 'DISSATISFIED'));
    expect((await db.ratingCase.findUniqueOrThrow({ where: { id: bad2.caseId! } })).assigneeId).toBe(unassigned.operator.id);
  });

  it('invites the confirmers to rate the repair when the reporter is asked whether it holds, once', async () => {
    const f = await fault({ fixedDaysAgo: 0 });
    await askFixVerifications(new Date(f.fixedAt!.getTime() + DAY));
    expect(await db.notification.count({ where: { kind: 'faultRateRepair', subjectId: f.id } })).toBe(0);
    const later = new Date(f.fixedAt!.getTime() + 2 * DAY + 1000);
    await Promise.all([askFixVerifications(later), askFixVerifications(later)]);
    expect(await db.notification.findMany({ where: { kind: 'faultRateRepair', subjectId: f.id }, select: { userId: true, link: true } })).toEqual([{ userId: f.supporter.id, link: `/ratings/fault/${f.id}` }]);
    expect(await db.notification.count({ where: { kind: 'faultVerify', subjectId: f.id, userId: f.reporter.id } })).toBe(1);
  });
});

describe('the service rating of an answered proposal', () => {
  it('is offered to the author once a final answer is published, not for a draft or an interim answer', async () => {
    const p = await proposal();
    const supporter = await createUser();
    expect(await rate(p.author, 'PROPOSAL', p.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'ACCEPTED', { publish: false })));
    expect(await rate(p.author, 'PROPOSAL', p.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'EVALUATING')));
    expect(await rate(p.author, 'PROPOSAL', p.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await listMyRateableRecords(p.author)).some((i) => i.id === p.id)).toBe(false);

    must(await saveAnswer(p.operator, answer(p.id, 'EVALUATING', 'ACCEPTED')));
    const mine = await listMyRateableRecords(p.author);
    expect(mine.filter((i) => i.id === p.id).map((i) => [i.kind, i.serviceType, i.nextRound])).toEqual([['PROPOSAL', 'PROPOSAL_ANSWER', 1]]);
    // Proposals have no place on a resource's QR page.
    expect((await listMyRateableRecords(p.author, { resourceId: 'any' })).some((i) => i.id === p.id)).toBe(false);
    expect((await getRatingPage(p.author, 'PROPOSAL', p.id))?.link).toBe(`/participate/proposals/${p.id}`);
    for (const other of [supporter, p.operator]) expect(await rate(other, 'PROPOSAL', p.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await rate(p.author, 'PROPOSAL', p.id, 'VERY_SATISFIED')).ok).toBe(true);
  });

  it('keeps one rating per answered proposal when the author submits it 30 times at once', async () => {
    const p = await proposal();
    must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'REJECTED', { reason: '场地不够。' })));
    const results = await Promise.all(Array.from({ length: 30 }, () => rate(p.author, 'PROPOSAL', p.id, 'VERY_DISSATISFIED')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'ALREADY_RATED')).toBe(true);
    expect(await db.serviceRating.count({ where: { recordKind: 'PROPOSAL', recordId: p.id } })).toBe(1);
    expect(await db.ratingCase.count({ where: { rating: { recordId: p.id } } })).toBe(1);
  });

  it('opens the case of a bad rating for the operator who wrote the answer', async () => {
    const p = await proposal();
    must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'REJECTED', { reason: '场地不够。' })));
    const bad = must(await rate(p.author, 'PROPOSAL', p.id, 'DISSATISFIED'));
    const c = await db.ratingCase.findUniqueOrThrow({ where: { id: bad.caseId! }, select: { assigneeId: true, rating: { select: { serviceType: true, subject: true } } } });
    expect(c.assigneeId).toBe(p.operator.id);
    expect(c.rating.serviceType).toBe('PROPOSAL_ANSWER');
  });

  it('sends the case to every operator when the answer came from a mentor evaluator, who cannot work cases', async () => {
    const p = await proposal();
    const mentor = await createUser({ roles: ['MENTOR'] });
    must(await assignEvaluator(p.operator, p.id, mentor.id));
    must(await saveAnswer(mentor, answer(p.id, 'NOT_ANSWERED', 'ACCEPTED')));
    const bad = must(await rate(p.author, 'PROPOSAL', p.id, 'VERY_DISSATISFIED'));
    expect((await db.ratingCase.findUniqueOrThrow({ where: { id: bad.caseId! } })).assigneeId).toBeNull();
    expect(await db.notification.count({ where: { userId: p.operator.id, kind: 'queueRatingCase', subjectId: bad.caseId! } })).toBe(1);
  });

  it('leaves the author’s satisfied/neutral/dissatisfied rating of the answer, and its one reopening, as they were', async () => {
    const p = await proposal();
    must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'REJECTED', { reason: '场地不够。' })));
    must(await rate(p.author, 'PROPOSAL', p.id, 'DISSATISFIED'));
    expect(must(await rateAnswer(p.author, p.id, 'DISSATISFIED')).reopened).toBe(true);
    // Reopened for a second look: the five-level rating already given stays the one rating.
    expect(await rate(p.author, 'PROPOSAL', p.id, 'SATISFIED')).toMatchObject({ ok: false, code: 'ALREADY_RATED' });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('EVALUATING');
  });
});

describe('the public service-quality page with repairs and answers', () => {
  it('shows fault repairs and answers to proposals as their own types, each hidden below the minimum', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    await createSpace();
    const first = await db.space.findFirstOrThrow({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, ratingPublicMinimum: true } });
    const before = await getServiceQuality();
    const total = (q: typeof before, type: string) => q.types.find((t) => t.serviceType === type)!;
    const minimum = Math.max(total(before, 'FAULT_REPAIR').total, total(before, 'PROPOSAL_ANSWER').total) + 2;
    must(await updateRatingSettings(operator, { spaceId: first.id, ratingCaseWorkingDays: 5, ratingPublicMinimum: minimum }));
    try {
      const faultRatings = minimum - total(before, 'FAULT_REPAIR').total;
      for (let k = 0; k < faultRatings; k++) {
        const f = await fault();
        must(await rate(f.reporter, 'FAULT_REPORT', f.id, k === 0 ? 'DISSATISFIED' : 'SATISFIED'));
        if (k === faultRatings - 2) {
          const hidden = await getServiceQuality();
          expect(total(hidden, 'FAULT_REPAIR')).toMatchObject({ total: minimum - 1, shown: false });
          expect(hidden.log.some((l) => l.serviceType === 'FAULT_REPAIR')).toBe(false);
        }
      }
      const p = await proposal();
      must(await saveAnswer(p.operator, answer(p.id, 'NOT_ANSWERED', 'ACCEPTED')));
      must(await rate(p.author, 'PROPOSAL', p.id, 'VERY_SATISFIED'));
      const after = await getServiceQuality();
      expect(total(after, 'FAULT_REPAIR')).toMatchObject({ total: minimum, shown: true });
      expect(total(after, 'FAULT_REPAIR').bad).toBe(total(before, 'FAULT_REPAIR').bad + 1);
      expect(after.log.some((l) => l.serviceType === 'FAULT_REPAIR')).toBe(true);
      expect(total(after, 'PROPOSAL_ANSWER')).toMatchObject({ total: total(before, 'PROPOSAL_ANSWER').total + 1, shown: false });
    } finally {
      await db.space.update({ where: { id: first.id }, data: { ratingPublicMinimum: first.ratingPublicMinimum } });
    }
  });
});
