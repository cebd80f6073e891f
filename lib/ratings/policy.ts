import type { RatingCaseClassification, RatingCaseStatus, RatingLevel, ServiceRecordKind, ServiceType } from '@/lib/generated/prisma/enums';
import { canTransition, isFinal } from '@/lib/state-machine';
import { VERIFY_AFTER_MS } from '@/lib/faults/policy';

/** Best first, as the 好差评 practice lists them. */
export const RATING_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const satisfies readonly RatingLevel[];

/** 不满意 and 非常不满意 open a rectification case. */
export const BAD_LEVELS = ['DISSATISFIED', 'VERY_DISSATISFIED'] as const satisfies readonly RatingLevel[];

export function isBadLevel(level: RatingLevel): boolean {
  return (BAD_LEVELS as readonly string[]).includes(level);
}

/**
 * Kinds of service record a member may rate. A new kind is one entry here, its enum value, its
 * URL segment and its resolver in records-queries.ts.
 */
export const RECORD_KINDS = ['BOOKING', 'EVENT_REGISTRATION', 'MENTORING_SESSION', 'FAULT_REPORT', 'PROPOSAL'] as const satisfies readonly ServiceRecordKind[];

/** The record kind as it appears in addresses (/ratings/booking/…). */
export const RECORD_SLUGS = {
  BOOKING: 'booking',
  EVENT_REGISTRATION: 'event',
  MENTORING_SESSION: 'mentoring',
  FAULT_REPORT: 'fault',
  PROPOSAL: 'proposal',
} as const satisfies Record<ServiceRecordKind, string>;

export function kindOfSlug(slug: string): ServiceRecordKind | null {
  const hit = (Object.entries(RECORD_SLUGS) as [ServiceRecordKind, string][]).find(([, s]) => s === slug);
  return hit ? hit[0] : null;
}

export const SERVICE_TYPES = ['BOOKING', 'EVENT', 'TRAINING', 'MENTORING', 'FAULT_REPAIR', 'PROPOSAL_ANSWER'] as const satisfies readonly ServiceType[];

/** A member rates a record at most this many times: once, and once more after a case's outcome. */
export const MAX_ROUNDS = 2;

/**
 * A rectification case. The operator calls the rater back, then classifies; an appeal waits for
 * an admin, who upholds it (the rating stops counting) or sends the case back to be classified.
 */
export const CASE_TRANSITIONS = {
  OPEN: ['CALLED_BACK'],
  CALLED_BACK: ['FIXED', 'FIXING', 'EXPLAINED', 'APPEALED'],
  FIXING: ['FIXED'],
  APPEALED: ['APPEAL_UPHELD', 'CALLED_BACK'],
  FIXED: [],
  EXPLAINED: [],
  APPEAL_UPHELD: [],
} as const satisfies Record<RatingCaseStatus, readonly RatingCaseStatus[]>;

export const CLASSIFICATIONS = ['FIXED_AT_ONCE', 'FIX_BY_DEADLINE', 'EXPLAINED_NO_FAULT', 'APPEAL_MISTAKEN', 'APPEAL_MALICIOUS'] as const satisfies readonly RatingCaseClassification[];

/** Where a classification moves a called-back case. */
export const CLASSIFICATION_TARGET = {
  FIXED_AT_ONCE: 'FIXED',
  FIX_BY_DEADLINE: 'FIXING',
  EXPLAINED_NO_FAULT: 'EXPLAINED',
  APPEAL_MISTAKEN: 'APPEALED',
  APPEAL_MALICIOUS: 'APPEALED',
} as const satisfies Record<RatingCaseClassification, RatingCaseStatus>;

/** Cases still waiting for someone (the operators' inbox). */
export const OPEN_CASE_STATUSES = (Object.keys(CASE_TRANSITIONS) as RatingCaseStatus[]).filter((s) => !isFinal(CASE_TRANSITIONS, s));

export function isCaseClosed(status: RatingCaseStatus): boolean {
  return isFinal(CASE_TRANSITIONS, status);
}

export function canMoveCase(from: RatingCaseStatus, to: RatingCaseStatus): boolean {
  return canTransition(CASE_TRANSITIONS, from, to);
}

/** After an outcome the rater was told (fixed or explained) the record may be rated once more. */
export function mayRateAgain(latest: { round: number; caseStatus: RatingCaseStatus | null } | null): boolean {
  if (!latest) return true;
  return latest.round < MAX_ROUNDS && (latest.caseStatus === 'FIXED' || latest.caseStatus === 'EXPLAINED');
}

/** Which round the next rating of a record would be, or null when none may follow. */
export function nextRound(latest: { round: number; caseStatus: RatingCaseStatus | null } | null): number | null {
  if (!latest) return 1;
  return mayRateAgain(latest) ? latest.round + 1 : null;
}

/** A booking was served once its booker checked in. */
export function isRateableBooking(b: { status: string; checkedInAt: Date | null }): boolean {
  return b.checkedInAt !== null && (b.status === 'CHECKED_IN' || b.status === 'COMPLETED');
}

/** An event or training was served to an attendee an operator marked attended. */
export function isRateableRegistration(r: { status: string }): boolean {
  return r.status === 'ATTENDED';
}

/** A mentoring session was served once it is over and not cancelled. */
export function isRateableSession(s: { status: string; endsAt: Date }, now: Date): boolean {
  return s.status === 'BOOKED' && s.endsAt <= now;
}

/**
 * How long after a fix its rating is offered: when the reporter is asked whether the fix holds,
 * so a repair is judged once it has had time to prove itself.
 */
export const FAULT_RATING_AFTER_MS = VERIFY_AFTER_MS;

/**
 * A fault report was served once it is FIXED and either two days have passed since the fix or
 * the reporter already said it holds. Reopened (no longer FIXED) it is not rateable until fixed
 * again; closed without fixing it never is.
 */
export function isRateableFault(f: { status: string; fixedAt: Date | null; verifiedAt: Date | null }, now: Date): boolean {
  if (f.status !== 'FIXED' || !f.fixedAt) return false;
  return f.verifiedAt !== null || now.getTime() - f.fixedAt.getTime() >= FAULT_RATING_AFTER_MS;
}

/** The final decisions of an official answer; an interim "being evaluated" is not yet the answer. */
export const FINAL_ANSWER_DECISIONS = ['ACCEPTED', 'REJECTED', 'IMPLEMENTED'] as const;

/** Per level counts -> shares; a type is public only with at least `minimum` ratings. */
export function distributionOf(counts: Partial<Record<RatingLevel, number>>, minimum: number) {
  const total = RATING_LEVELS.reduce((n, l) => n + (counts[l] ?? 0), 0);
  return {
    total,
    shown: total >= minimum,
    levels: RATING_LEVELS.map((level) => ({ level, count: counts[level] ?? 0, share: total ? (counts[level] ?? 0) / total : 0 })),
  };
}

/** A deadline ends at midnight after its last day: the day to show is the one before. */
export function lastDayOf(dueAt: Date): Date {
  return new Date(dueAt.getTime() - 1);
}
