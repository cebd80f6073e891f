import type { ApplicationStatus } from '@/lib/generated/prisma/enums';

export type TransitionActor = 'owner' | 'operator';

/**
 * The only transitions an application knows, and who may make each. The service applies them
 * with a conditional update on the expected status, so a stale page cannot apply an old one.
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly { to: ApplicationStatus; by: TransitionActor }[]> = {
  DRAFT: [
    { to: 'SUBMITTED', by: 'owner' },
    { to: 'WITHDRAWN', by: 'owner' },
  ],
  SUBMITTED: [
    { to: 'UNDER_REVIEW', by: 'operator' },
    { to: 'WITHDRAWN', by: 'owner' },
  ],
  UNDER_REVIEW: [
    { to: 'ADMITTED', by: 'operator' },
    { to: 'REJECTED', by: 'operator' },
    { to: 'WAITLISTED', by: 'operator' },
    { to: 'WITHDRAWN', by: 'owner' },
  ],
  WAITLISTED: [
    { to: 'ADMITTED', by: 'operator' },
    { to: 'REJECTED', by: 'operator' },
  ],
  ADMITTED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export const DECISIONS = ['ADMITTED', 'REJECTED', 'WAITLISTED'] as const satisfies readonly ApplicationStatus[];
export type Decision = (typeof DECISIONS)[number];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, by: TransitionActor): boolean {
  return APPLICATION_TRANSITIONS[from].some((t) => t.to === to && t.by === by);
}

/** The statuses from which `to` may be reached by `by` (the service's conditional update). */
export function sourcesOf(to: ApplicationStatus, by: TransitionActor): ApplicationStatus[] {
  return (Object.keys(APPLICATION_TRANSITIONS) as ApplicationStatus[]).filter((from) => canTransition(from, to, by));
}

export function nextStatuses(from: ApplicationStatus, by: TransitionActor): ApplicationStatus[] {
  return APPLICATION_TRANSITIONS[from].filter((t) => t.by === by).map((t) => t.to);
}

export function isRoundOpen(round: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return round.opensAt <= now && now < round.closesAt;
}

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
