import type { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { canTransition, targetsOf } from '@/lib/state-machine';

export type TransitionActor = 'owner' | 'operator';

/**
 * The only transitions an application knows. The service applies them with a conditional
 * update on `sourcesOf(APPLICATION_TRANSITIONS, to)`, so a stale page cannot apply an old one.
 */
export const APPLICATION_TRANSITIONS = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['ADMITTED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN'],
  WAITLISTED: ['ADMITTED', 'REJECTED'],
  ADMITTED: [],
  REJECTED: [],
  WITHDRAWN: [],
} satisfies Record<ApplicationStatus, readonly ApplicationStatus[]>;

/** Who makes the move into each status: the project's owner submits and withdraws, operators review. */
export const APPLICATION_MOVERS = {
  DRAFT: [],
  SUBMITTED: ['owner'],
  WITHDRAWN: ['owner'],
  UNDER_REVIEW: ['operator'],
  ADMITTED: ['operator'],
  REJECTED: ['operator'],
  WAITLISTED: ['operator'],
} satisfies Record<ApplicationStatus, readonly TransitionActor[]>;

export const DECISIONS = ['ADMITTED', 'REJECTED', 'WAITLISTED'] as const satisfies readonly ApplicationStatus[];
export type Decision = (typeof DECISIONS)[number];

/** The table allows the move and `by` may make it. */
export function canMove(from: ApplicationStatus, to: ApplicationStatus, by: TransitionActor): boolean {
  return canTransition(APPLICATION_TRANSITIONS, from, to) && (APPLICATION_MOVERS[to] as readonly TransitionActor[]).includes(by);
}

export function nextStatuses(from: ApplicationStatus, by: TransitionActor): ApplicationStatus[] {
  return targetsOf(APPLICATION_TRANSITIONS, from).filter((to) => canMove(from, to, by));
}

export function isRoundOpen(round: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return round.opensAt <= now && now < round.closesAt;
}

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export type RoundState = 'NOT_OPEN' | 'OPEN' | 'REVIEWING' | 'ENDED';

/**
 * What a round is doing now: not yet open, taking applications, closed with applications still
 * undecided (reviewing), or ended. A past round is never "not open".
 */
export function roundState(round: { opensAt: Date; closesAt: Date }, undecided: number, now: Date): RoundState {
  if (now < round.opensAt) return 'NOT_OPEN';
  if (now < round.closesAt) return 'OPEN';
  return undecided > 0 ? 'REVIEWING' : 'ENDED';
}

/** Criteria of the round the reviewer has not scored on this application. */
export function unscoredCriteria(criteria: readonly { id: string }[], myScores: ReadonlyMap<string, number>): number {
  return criteria.filter((c) => !myScores.has(c.id)).length;
}
