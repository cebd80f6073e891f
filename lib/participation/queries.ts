import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadWorkingCalendar } from '@/lib/calendar/queries';
import { clockState, workingDayDueDate, type WorkingCalendar } from '@/lib/calendar/working-days';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { isOpen, median, WAITING_STATUSES, weightedProgress, type ProposalStatus } from './policy';
import type { ProposalSearch } from './schemas';

/**
 * Reads of consultations and proposals. Public reads take `signedIn` (whether the reader has an
 * account: members-only consultations need one), never the person: pages render them without
 * the session and fetch "you support this" separately. Hidden content is left out everywhere.
 */

function consultationWhere(signedIn: boolean, now: Date): Prisma.ConsultationWhereInput {
  return { opensAt: { lte: now }, ...(signedIn ? {} : { audience: 'PUBLIC' }) };
}

const visibleProposal = { hiddenAt: null } as const;

export async function listConsultations(opts: { signedIn: boolean; cursor?: string; limit?: number }, now = new Date()) {
  const limit = opts.limit ?? 20;
  const rows = await db.consultation.findMany({
    where: consultationWhere(opts.signedIn, now),
    orderBy: [{ standing: 'desc' }, { opensAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    include: { _count: { select: { proposals: { where: visibleProposal } } } },
  });
  const timeZone = await findDefaultTimeZone();
  const items = rows.slice(0, limit).map((c) => ({ ...c, open: isOpen(c, now), proposalCount: c._count.proposals, timeZone }));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}

export async function findConsultation(id: string, opts: { signedIn: boolean }, now = new Date()) {
  const c = await db.consultation.findFirst({ where: { id, ...consultationWhere(opts.signedIn, now) } });
  // The space's zone comes along: its open and close days are shown as the operator entered them.
  return c && { ...c, open: isOpen(c, now), timeZone: await findDefaultTimeZone() };
}

/** The clock's context: the operators' calendar and the space's zone, loaded once per request. */
export async function loadClockContext(): Promise<{ calendar: WorkingCalendar; tz: string }> {
  const [calendar, tz] = await Promise.all([loadWorkingCalendar(), findDefaultTimeZone()]);
  return { calendar, tz };
}

/** Working days waited against the deadline; stops at the first published answer. */
export function proposalClock(ctx: { calendar: WorkingCalendar; tz: string }, p: { createdAt: Date; firstAnsweredAt: Date | null; status: string }, deadlineDays: number, now = new Date()) {
  const until = p.firstAnsweredAt ?? now;
  const { elapsed, state } = clockState(ctx.calendar, p.createdAt, until, deadlineDays, ctx.tz);
  return { elapsed, state, deadlineDays, dueDate: workingDayDueDate(ctx.calendar, p.createdAt, deadlineDays, ctx.tz), answered: p.firstAnsweredAt !== null, stopped: p.firstAnsweredAt !== null || p.status === 'WITHDRAWN' };
}

const cardSelect = {
  id: true,
  title: true,
  category: true,
  status: true,
  supportCount: true,
  commentCount: true,
  createdAt: true,
  firstAnsweredAt: true,
  escalatedAt: true,
  imageKey: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.ProposalSelect;

function orderOf(sort: ProposalSearch['sort']): Prisma.ProposalOrderByWithRelationInput[] {
  if (sort === 'supported') return [{ supportCount: 'desc' }, { id: 'desc' }];
  // Longest waiting: unanswered first, oldest first; answered ones after.
  if (sort === 'waiting') return [{ firstAnsweredAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'asc' }, { id: 'asc' }];
  return [{ createdAt: 'desc' }, { id: 'desc' }];
}

/** A consultation's proposals: filter by state and category, three sorts, cursor pagination. */
export async function listProposals(consultationId: string, search: ProposalSearch, opts: { signedIn: boolean }, now = new Date()) {
  const c = await findConsultation(consultationId, opts, now);
  if (!c) return null;
  const rows = await db.proposal.findMany({
    where: { consultationId, ...visibleProposal, ...(search.status ? { status: search.status } : {}), ...(search.category ? { category: search.category } : {}) },
    orderBy: orderOf(search.sort),
    take: search.limit + 1,
    ...(search.cursor ? { cursor: { id: search.cursor }, skip: 1 } : {}),
    select: cardSelect,
  });
  const ctx = await loadClockContext();
  const items = rows.slice(0, search.limit).map((p) => ({ ...p, clock: proposalClock(ctx, p, c.answerDeadlineDays, now) }));
  return { consultation: c, items, nextCursor: rows.length > search.limit ? items[items.length - 1].id : null };
}

/** One visible proposal with its published answers, visible comments and clock. */
export async function findProposal(id: string, opts: { signedIn: boolean }, now = new Date()) {
  const p = await db.proposal.findFirst({
    where: { id, ...visibleProposal, consultation: consultationWhere(opts.signedIn, now) },
    select: {
      ...cardSelect,
      body: true,
      withdrawReason: true,
      reopenedAt: true,
      consultationId: true,
      consultation: { select: { id: true, title: true, standing: true, answerDeadlineDays: true, opensAt: true, closesAt: true, supportThreshold: true } },
      answers: { where: { publishedAt: { not: null } }, orderBy: { publishedAt: 'asc' }, select: { id: true, decision: true, body: true, reason: true, publishedAt: true, answeredAt: true, rating: true, round: true, author: { select: { name: true } } } },
      comments: { where: { hiddenAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, parentId: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } },
    },
  });
  if (!p) return null;
  const ctx = await loadClockContext();
  const top = p.comments.filter((c) => !c.parentId);
  // A reply whose parent is hidden is hidden with it.
  const threads = top.map((c) => ({ ...c, replies: p.comments.filter((r) => r.parentId === c.id) }));
  return { ...p, comments: threads, open: isOpen(p.consultation, now), clock: proposalClock(ctx, p, p.consultation.answerDeadlineDays, now) };
}

/** The reader's own relation to a proposal (the page's personal island). */
export async function findViewerState(userId: string, proposalId: string) {
  const [support, follow, p] = await Promise.all([
    db.proposalSupport.findUnique({ where: { proposalId_userId: { proposalId, userId } }, select: { userId: true } }),
    db.proposalFollow.findUnique({ where: { proposalId_userId: { proposalId, userId } }, select: { userId: true } }),
    db.proposal.findFirst({ where: { id: proposalId, hiddenAt: null }, select: { authorId: true, evaluatorId: true, status: true, supportCount: true, commentCount: true, answers: { where: { publishedAt: { not: null }, decision: { in: ['ACCEPTED', 'REJECTED', 'IMPLEMENTED'] } }, orderBy: { publishedAt: 'desc' }, take: 1, select: { rating: true } } } }),
  ]);
  if (!p) return null;
  return {
    supported: !!support,
    following: !!follow,
    isAuthor: p.authorId === userId,
    status: p.status as ProposalStatus,
    supportCount: p.supportCount,
    commentCount: p.commentCount,
    canRate: p.authorId === userId && p.answers.length === 1 && p.answers[0].rating === null,
  };
}

/** The author's own hidden proposals, with the reason moderation gave. */
export async function listMyHiddenProposals(userId: string) {
  const rows = await db.proposal.findMany({ where: { authorId: userId, hiddenAt: { not: null } }, select: { id: true, title: true } });
  const decisions = await db.moderatedContent.findMany({ where: { contentType: 'proposal', contentId: { in: rows.map((r) => r.id) } }, select: { contentId: true, state: true, reason: true } });
  return rows.map((r) => ({ ...r, moderation: decisions.find((d) => d.contentId === r.id) ?? null }));
}

export type ParticipationStats = { proposals: number; answered: number; medianDays: number | null; onTimeShare: number | null; satisfaction: number | null; ratings: number };

/**
 * Median working days to the first published answer, the share answered within the deadline,
 * and the share of rated answers rated "satisfied". Per consultation, or for the whole space.
 */
export async function participationStats(consultationId?: string): Promise<ParticipationStats> {
  const where: Prisma.ProposalWhereInput = { ...visibleProposal, status: { not: 'WITHDRAWN' }, ...(consultationId ? { consultationId } : {}) };
  const [rows, ratings, ctx] = await Promise.all([
    db.proposal.findMany({ where, select: { createdAt: true, firstAnsweredAt: true, status: true, consultation: { select: { answerDeadlineDays: true } } } }),
    db.proposalAnswer.groupBy({ by: ['rating'], where: { rating: { not: null }, proposal: where }, _count: { _all: true } }),
    loadClockContext(),
  ]);
  const answered = rows.filter((r) => r.firstAnsweredAt);
  const days = answered.map((r) => proposalClock(ctx, r, r.consultation.answerDeadlineDays).elapsed);
  const onTime = answered.filter((r, i) => days[i] <= r.consultation.answerDeadlineDays).length;
  const rated = ratings.reduce((s, r) => s + r._count._all, 0);
  const satisfied = ratings.find((r) => r.rating === 'SATISFIED')?._count._all ?? 0;
  return {
    proposals: rows.length,
    answered: answered.length,
    medianDays: median(days),
    onTimeShare: answered.length ? onTime / answered.length : null,
    satisfaction: rated ? satisfied / rated : null,
    ratings: rated,
  };
}

// ---- Operator reads --------------------------------------------------------------------------

/** Proposals waiting for an official answer (also the console inbox's queue). */
export const PROPOSALS_TO_ANSWER = { hiddenAt: null, status: { in: [...WAITING_STATUSES] } } satisfies Prisma.ProposalWhereInput;

/**
 * Whose proposals a page shows. The operators' pages: every proposal (hidden ones too, for
 * moderation). A mentor's pages: only the visible proposals an operator named them evaluator
 * of; anyone else, or a mentor asking for another's, finds nothing ("not yours" is not found).
 */
export type AnswerScope = 'operator' | 'evaluator';

function scopeWhere(actor: Actor, scope: AnswerScope): Prisma.ProposalWhereInput {
  if (scope === 'operator') {
    assertCan(actor, 'space:operate');
    return {};
  }
  return can(actor, 'mentoring:offer') ? { evaluatorId: actor.id, hiddenAt: null } : { id: { in: [] } };
}

/** Proposals to answer (escalated first, then oldest): all of them for operators, a mentor's own as evaluator. */
export async function listProposalsToAnswer(actor: Actor, now = new Date(), scope: AnswerScope = 'operator') {
  const rows = await db.proposal.findMany({
    where: { ...PROPOSALS_TO_ANSWER, ...scopeWhere(actor, scope) },
    orderBy: [{ escalatedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { ...cardSelect, consultation: { select: { title: true, standing: true, answerDeadlineDays: true } }, evaluator: { select: { name: true } }, answers: { where: { publishedAt: null }, select: { id: true } } },
  });
  const ctx = await loadClockContext();
  return rows.map((p) => ({ ...p, hasDraft: p.answers.length > 0, clock: proposalClock(ctx, p, p.consultation.answerDeadlineDays, now) }));
}

/** The proposals a mentor was named evaluator of and that still wait for an answer (the mentor's list). */
export function listProposalsToEvaluate(actor: Actor, now = new Date()) {
  return listProposalsToAnswer(actor, now, 'evaluator');
}

/** How many proposals wait for this mentor's answer (their dashboard). */
export async function countProposalsToEvaluate(actor: Actor): Promise<number> {
  return db.proposal.count({ where: { ...PROPOSALS_TO_ANSWER, ...scopeWhere(actor, 'evaluator') } });
}

/** One proposal for whoever may answer it: with its draft and every answer. */
export async function findProposalToAnswer(actor: Actor, id: string, now = new Date(), scope: AnswerScope = 'operator') {
  const p = await db.proposal.findFirst({
    where: { id, ...scopeWhere(actor, scope) },
    select: {
      ...cardSelect,
      body: true,
      hiddenAt: true,
      reopenedAt: true,
      evaluatorId: true,
      consultation: { select: { id: true, title: true, standing: true, answerDeadlineDays: true } },
      answers: { orderBy: { answeredAt: 'asc' }, select: { id: true, decision: true, body: true, reason: true, publishedAt: true, answeredAt: true, rating: true, round: true, author: { select: { id: true, name: true } } } },
    },
  });
  if (!p) return null;
  const ctx = await loadClockContext();
  return { ...p, draft: p.answers.find((a) => !a.publishedAt) ?? null, clock: proposalClock(ctx, p, p.consultation.answerDeadlineDays, now) };
}

/** One proposal a mentor evaluates (null for any other, and for anyone who is not a mentor). */
export function findProposalToEvaluate(actor: Actor, id: string, now = new Date()) {
  return findProposalToAnswer(actor, id, now, 'evaluator');
}

export type ProposalToAnswer = NonNullable<Awaited<ReturnType<typeof findProposalToAnswer>>>;

/** Who may be named evaluator: mentors (operators answer anyway). */
export async function listEvaluators(actor: Actor) {
  assertCan(actor, 'space:operate');
  return db.user.findMany({ where: { roles: { some: { role: 'MENTOR' } } }, select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: 500 });
}

// ---- Results ---------------------------------------------------------------------------------

/** Every result as a tree, each with its progress (a parent's: the weighted mean of its children's). */
export async function listResults() {
  const rows = await db.result.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    include: {
      milestones: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
      proposals: { where: { proposal: visibleProposal }, select: { proposal: { select: { id: true, title: true, supportCount: true, status: true, author: { select: { name: true } } } } } },
    },
  });
  type Row = (typeof rows)[number];
  type Node = Row & { effectiveProgress: number; children: Node[] };
  const build = (r: Row, depth: number): Node => {
    const children = depth > 5 ? [] : rows.filter((c) => c.parentId === r.id).map((c) => build(c, depth + 1));
    return { ...r, children, effectiveProgress: weightedProgress(r.progress, children.map((c) => ({ progress: c.effectiveProgress, weight: c.weight }))) };
  };
  return rows.filter((r) => !r.parentId).map((r) => build(r, 0));
}

/** Accepted proposals an operator may turn into a result. */
export async function listAcceptedProposals(actor: Actor) {
  assertCan(actor, 'space:operate');
  return db.proposal.findMany({ where: { hiddenAt: null, status: { in: ['ACCEPTED', 'IMPLEMENTED'] } }, orderBy: { createdAt: 'desc' }, take: 100, select: { id: true, title: true, results: { select: { resultId: true } } } });
}
