import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';
import { awardPoints } from '@/lib/points/service';
import { sourcesOf } from '@/lib/state-machine';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { ACCEPTED_PROPOSAL_POINTS, canAnswer, mayAnswer, PROPOSAL_TRANSITIONS, type AnswerRatingValue, type ProposalStatus } from './policy';

const REOPENABLE: readonly ProposalStatus[] = ['ACCEPTED', 'REJECTED'];
import type { AnswerInput } from './schemas';

/** Everyone a published answer or a result's progress is reported to: author, supporters, followers. */
export async function audienceOf(tx: Tx, proposalId: string): Promise<string[]> {
  const p = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { authorId: true, supports: { select: { userId: true } }, follows: { select: { userId: true } } },
  });
  return [...new Set([p.authorId, ...p.supports.map((s) => s.userId), ...p.follows.map((f) => f.userId)])];
}

/**
 * Writes the official answer: saved as a draft (answeredAt), and, with `publish`, made public
 * (publishedAt) by moving the proposal from the status the writer's page showed (`from`) to the
 * answer's decision in one conditional update: if someone else moved it meanwhile, nothing is
 * applied and the answer is STATE_CHANGED. Publishing notifies the author, the supporters and
 * the followers; an acceptance awards the author points once (a unique source key).
 */
export async function saveAnswer(actor: Actor, input: AnswerInput, now = new Date()): Promise<ActionResult<{ answerId: string; published: boolean }>> {
  if (input.decision === 'REJECTED' && input.reason.trim() === '') return fail('VALIDATION_FAILED', 'validation', { reason: ['reasonRequired'] });
  return inTransaction<{ answerId: string; published: boolean }>(async (tx) => {
    const p = await tx.proposal.findFirst({
      where: { id: input.proposalId },
      select: { id: true, title: true, status: true, authorId: true, evaluatorId: true, hiddenAt: true, reopenedAt: true, firstAnsweredAt: true },
    });
    if (!p || !mayAnswer(actor, p)) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    if (!canAnswer(input.from, input.decision)) throw new Rollback(fail('ILLEGAL_TRANSITION', 'illegalTransition'));
    if (p.status !== input.from) throw new Rollback(fail('STATE_CHANGED', 'proposalStateChanged'));
    const round = p.reopenedAt ? 2 : 1;
    if (round === 2) {
      // The second look is another person's: not whoever wrote the answer the author rated.
      const rated = await tx.proposalAnswer.findFirst({ where: { proposalId: p.id, round: 1, rating: 'DISSATISFIED' }, select: { authorId: true } });
      if (rated?.authorId === actor.id) throw new Rollback(fail('SAME_ANSWERER', 'sameAnswerer'));
    }
    const draft = await tx.proposalAnswer.findFirst({ where: { proposalId: p.id, publishedAt: null }, orderBy: { answeredAt: 'desc' }, select: { id: true } });
    const fields = { authorId: actor.id, decision: input.decision, body: input.body, reason: input.reason, round, answeredAt: now };
    const answer = draft
      ? await tx.proposalAnswer.update({ where: { id: draft.id }, data: fields, select: { id: true } })
      : await tx.proposalAnswer.create({ data: { proposalId: p.id, ...fields }, select: { id: true } });
    if (!input.publish) return ok({ answerId: answer.id, published: false });

    const { count } = await tx.proposal.updateMany({
      where: { id: p.id, status: { in: sourcesOf(PROPOSAL_TRANSITIONS, input.decision, [input.from]) } },
      data: { status: input.decision, ...(p.firstAnsweredAt ? {} : { firstAnsweredAt: now }) },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'proposalStateChanged'));
    await tx.proposalAnswer.update({ where: { id: answer.id }, data: { publishedAt: now }, select: { id: true } });
    if (input.decision === 'ACCEPTED') {
      await awardPoints(tx, { userId: p.authorId, points: ACCEPTED_PROPOSAL_POINTS, source: 'PROPOSAL', sourceKey: `proposal-accepted:${p.id}`, note: p.title.slice(0, 200), at: now });
    }
    await recordAudit(tx, { actorId: actor.id, action: 'proposal.answer', entityType: 'proposal', entityId: p.id, before: { status: p.status }, after: { status: input.decision, answerId: answer.id } });
    await notify(tx, {
      kind: 'proposalAnswered',
      recipients: await audienceOf(tx, p.id),
      subject: { type: 'proposal', id: p.id },
      eventId: answer.id,
      data: { title: p.title, decision: input.decision },
      link: `/participate/proposals/${p.id}`,
    });
    return ok({ answerId: answer.id, published: true });
  });
}

/**
 * The author rates the latest published final answer, once. A dissatisfied rating reopens the
 * proposal once (back to EVALUATING, for another operator's second look); the operators are told.
 */
export async function rateAnswer(actor: Actor, proposalId: string, rating: AnswerRatingValue, now = new Date()): Promise<ActionResult<{ reopened: boolean }>> {
  return inTransaction<{ reopened: boolean }>(async (tx) => {
    const p = await tx.proposal.findFirst({ where: { id: proposalId, authorId: actor.id, hiddenAt: null }, select: { id: true, title: true, status: true, reopenedAt: true } });
    if (!p) throw new Rollback(fail('NOT_FOUND', 'proposalNotFound'));
    const answer = await tx.proposalAnswer.findFirst({
      where: { proposalId, publishedAt: { not: null }, decision: { in: ['ACCEPTED', 'REJECTED', 'IMPLEMENTED'] } },
      orderBy: { publishedAt: 'desc' },
      select: { id: true, round: true },
    });
    if (!answer) throw new Rollback(fail('STATE_CHANGED', 'proposalStateChanged'));
    const { count } = await tx.proposalAnswer.updateMany({ where: { id: answer.id, rating: null }, data: { rating, ratedAt: now } });
    if (count === 0) throw new Rollback(fail('ALREADY_RATED', 'alreadyRated'));
    if (rating !== 'DISSATISFIED' || answer.round !== 1 || p.reopenedAt) return ok({ reopened: false });
    const reopened = await tx.proposal.updateMany({
      where: { id: proposalId, reopenedAt: null, status: { in: sourcesOf(PROPOSAL_TRANSITIONS, 'EVALUATING', REOPENABLE) } },
      data: { status: 'EVALUATING', reopenedAt: now },
    });
    if (reopened.count === 0) return ok({ reopened: false });
    await notify(tx, {
      kind: 'queueProposalReopened',
      recipients: await membersWith(tx, 'space:operate'),
      subject: { type: 'proposal', id: proposalId },
      data: { title: p.title },
      link: `/operate/participation/proposals/${proposalId}`,
    });
    return ok({ reopened: true });
  });
}
