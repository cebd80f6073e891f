import { can, type Actor } from '@/lib/auth/permissions';
import { canTransition, type Transitions } from '@/lib/state-machine';
import type { ClockState } from '@/lib/calendar/working-days';

/**
 * Pure rules of consultations and proposals (safe in the browser: the pages show the buttons the
 * service allows).
 */
export const PROPOSAL_STATUSES = ['NOT_ANSWERED', 'EVALUATING', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'WITHDRAWN'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * The official answer's life. EVALUATING, ACCEPTED and REJECTED are reached by publishing an
 * answer; ACCEPTED and REJECTED go back to EVALUATING once when a dissatisfied author reopens
 * the answer for a second look; WITHDRAWN is the author's own move before a final answer.
 */
export const PROPOSAL_TRANSITIONS = {
  NOT_ANSWERED: ['EVALUATING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'],
  EVALUATING: ['ACCEPTED', 'REJECTED', 'WITHDRAWN'],
  ACCEPTED: ['IMPLEMENTED', 'EVALUATING'],
  REJECTED: ['EVALUATING'],
  IMPLEMENTED: [],
  WITHDRAWN: [],
} as const satisfies Transitions<ProposalStatus>;

/** What an answer may decide (the status its publication moves the proposal to). */
export const ANSWER_DECISIONS = ['EVALUATING', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED'] as const satisfies readonly ProposalStatus[];
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

export const ANSWER_RATINGS = ['SATISFIED', 'NEUTRAL', 'DISSATISFIED'] as const;
export type AnswerRatingValue = (typeof ANSWER_RATINGS)[number];

/** Statuses that still wait for an official answer: the public clock runs. */
export const WAITING_STATUSES = ['NOT_ANSWERED', 'EVALUATING'] as const satisfies readonly ProposalStatus[];

/** A decision the answer may take from `from`. Reopening is not an answer's move. */
export function canAnswer(from: ProposalStatus, decision: AnswerDecision): boolean {
  if (decision === 'EVALUATING' && (from === 'ACCEPTED' || from === 'REJECTED')) return false;
  return canTransition(PROPOSAL_TRANSITIONS, from, decision);
}

export function canWithdraw(from: ProposalStatus): boolean {
  return canTransition(PROPOSAL_TRANSITIONS, from, 'WITHDRAWN');
}

/** No support for a rejected or withdrawn proposal. */
export function acceptsSupport(status: ProposalStatus): boolean {
  return status !== 'REJECTED' && status !== 'WITHDRAWN';
}

export type ConsultationWindow = { opensAt: Date; closesAt: Date | null };

/** Both ends count: `closesAt` is the last instant of the closing day (23:59:59.999 in the space's zone). */
export function isOpen(c: ConsultationWindow, now: Date): boolean {
  return c.opensAt <= now && (c.closesAt === null || now <= c.closesAt);
}

/** The author may edit until the first support or comment, while no answer was published. */
export function canEdit(p: { status: ProposalStatus; supportCount: number; commentCount: number }): boolean {
  return p.status === 'NOT_ANSWERED' && p.supportCount === 0 && p.commentCount === 0;
}

/**
 * Who writes answers: operators, and a mentor an operator named as the proposal's evaluator
 * (while they are a mentor, and while the proposal is not hidden by moderation).
 */
export function mayAnswer(actor: Actor, proposal: { evaluatorId: string | null; hiddenAt: Date | null }): boolean {
  if (can(actor, 'space:operate')) return true;
  return can(actor, 'mentoring:offer') && proposal.evaluatorId !== null && proposal.evaluatorId === actor.id && proposal.hiddenAt === null;
}

export const PROPOSAL_SORTS = ['newest', 'supported', 'waiting'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export type { ClockState };

/** The median of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A parent's progress: the weighted mean of its children's (rounded), or its own without any. */
export function weightedProgress(own: number, children: readonly { progress: number; weight: number }[]): number {
  const total = children.reduce((sum, c) => sum + c.weight, 0);
  if (children.length === 0 || total === 0) return own;
  return Math.round(children.reduce((sum, c) => sum + c.progress * c.weight, 0) / total);
}

/** Points an accepted proposal earns its author (once). */
export const ACCEPTED_PROPOSAL_POINTS = 50;
