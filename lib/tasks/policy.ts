import type { PayoutStatus, TaskApplicationStatus, TaskAssignmentMode, TaskAssignmentStatus, TaskCategory, TaskLocation, TaskStatus, TaskSubmissionStatus } from '@/lib/generated/prisma/enums';
import { canTransition as canMoveIn, sourcesOf } from '@/lib/state-machine';

export const TASK_CATEGORIES = ['DESIGN', 'SOFTWARE', 'HARDWARE', 'RESEARCH', 'MARKETING', 'COMMUNITY_SERVICE', 'OTHER'] as const satisfies readonly TaskCategory[];
export const TASK_LOCATIONS = ['REMOTE', 'ONSITE'] as const satisfies readonly TaskLocation[];
export const TASK_MODES = ['REVIEW', 'FIRST_COME'] as const satisfies readonly TaskAssignmentMode[];

/**
 * The only transitions a task knows. The service applies each one with
 * `updateMany({ where: { id, status: { in: statusesLeadingTo(to) } } })`, so a stale page or a
 * second click is a clean STATE_CHANGED instead of an outdated move.
 *
 * DRAFT -> OPEN when the poster publishes a task that needs no approval; DRAFT ->
 * PENDING_APPROVAL when it has a cash bounty or more points than the space's threshold, then
 * PENDING_APPROVAL -> OPEN when an operator other than the poster approves it (or back to DRAFT
 * when they send it back). OPEN -> IN_PROGRESS when the first member takes a slot; IN_PROGRESS
 * <-> IN_REVIEW while submissions wait for review; COMPLETED when every slot's work is accepted;
 * EXPIRED when the deadline passes while nobody holds a slot (still OPEN or waiting for approval).
 */
export const TASK_TRANSITIONS = {
  DRAFT: ['OPEN', 'PENDING_APPROVAL', 'CANCELLED'],
  PENDING_APPROVAL: ['OPEN', 'DRAFT', 'CANCELLED', 'EXPIRED'],
  OPEN: ['IN_PROGRESS', 'CANCELLED', 'EXPIRED'],
  IN_PROGRESS: ['IN_REVIEW', 'COMPLETED', 'CANCELLED'],
  IN_REVIEW: ['IN_PROGRESS', 'COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
} as const satisfies Record<TaskStatus, readonly TaskStatus[]>;

/** The task table through the shared helper (lib/state-machine.ts). */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return canMoveIn(TASK_TRANSITIONS, from, to);
}

/** Statuses from which a given status can be reached (the `where status in` of a conditional update). */
export function statusesLeadingTo(to: TaskStatus): TaskStatus[] {
  return sourcesOf(TASK_TRANSITIONS, to);
}

/** An application waits for the poster (or is withdrawn by its author, or closed with its task). */
export const TASK_APPLICATION_TRANSITIONS = {
  PENDING: ['ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CANCELLED'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
  CANCELLED: [],
} satisfies Record<TaskApplicationStatus, readonly TaskApplicationStatus[]>;

/**
 * An assignee works (ACTIVE), hands in (SUBMITTED), gets changes asked (back to ACTIVE) or the
 * work accepted (COMPLETED); a dispute over a request for changes goes to an operator; a
 * cancelled task closes every open assignment.
 */
export const ASSIGNMENT_TRANSITIONS = {
  ACTIVE: ['SUBMITTED', 'DISPUTED', 'CANCELLED'],
  SUBMITTED: ['COMPLETED', 'ACTIVE', 'CANCELLED'],
  DISPUTED: ['COMPLETED', 'REJECTED', 'CANCELLED'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
} satisfies Record<TaskAssignmentStatus, readonly TaskAssignmentStatus[]>;

/** The poster reviews a PENDING submission; an operator settles a DISPUTED one. */
export const SUBMISSION_TRANSITIONS = {
  PENDING: ['ACCEPTED', 'CHANGES_REQUESTED'],
  CHANGES_REQUESTED: ['DISPUTED'],
  DISPUTED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: [],
  REJECTED: [],
} satisfies Record<TaskSubmissionStatus, readonly TaskSubmissionStatus[]>;

/** A bounty is paid outside the platform; an operator records it once. */
export const PAYOUT_TRANSITIONS = {
  PENDING: ['PAID'],
  PAID: [],
} satisfies Record<PayoutStatus, readonly PayoutStatus[]>;

/** The space's task rules (columns of Space), as the service and the forms read them. */
export type TaskRules = {
  /** Highest cash bounty per slot, in fen. */
  maxBountyFen: number;
  /** Highest points per slot. */
  maxPoints: number;
  /** More points per slot than this (or any bounty) needs an operator's approval. */
  approvalPointsAbove: number;
  /** Points one poster may award one member per calendar month (Beijing time). */
  monthlyPointsCap: number;
};

/** Used when the platform has no space yet (a fresh database): the columns' defaults. */
export const DEFAULT_TASK_RULES: TaskRules = { maxBountyFen: 500_000, maxPoints: 1_000, approvalPointsAbove: 200, monthlyPointsCap: 500 };

/** A bounty always needs a second pair of eyes; points only above the space's threshold. */
export function needsApproval(task: { bountyFen: number; rewardPoints: number }, rules: TaskRules): boolean {
  return task.bountyFen > 0 || task.rewardPoints > rules.approvalPointsAbove;
}

/** Field errors (validation keys) of a task whose rewards are above the space's maximums. */
export function rewardLimitErrors(task: { bountyFen: number; rewardPoints: number }, rules: TaskRules): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (task.rewardPoints > rules.maxPoints) errors.rewardPoints = ['taskPointsAboveSpaceMax'];
  if (task.bountyFen > rules.maxBountyFen) errors.bountyYuan = ['taskBountyAboveSpaceMax'];
  return Object.keys(errors).length ? errors : null;
}

/**
 * How many of `points` a poster may still award a member this month: what is left under the
 * cap, never negative. The service calls it under a lock on the (poster, member) pair.
 */
export function pointsWithinCap(points: number, alreadyThisMonth: number, cap: number): number {
  return Math.max(0, Math.min(points, cap - alreadyThisMonth));
}

/** An operator approves or sends back a task waiting for approval, unless they posted it. */
export function canApprove(task: { status: TaskStatus; postedById: string }, actorId: string): boolean {
  return task.status === 'PENDING_APPROVAL' && task.postedById !== actorId;
}

/** A payout is released by an operator who neither posted the task nor receives the money. */
export function canReleasePayout(payout: { userId: string; posterId: string }, actorId: string): boolean {
  return payout.userId !== actorId && payout.posterId !== actorId;
}

/** Members may apply or claim while the task runs and a slot is free. */
export const RECRUITING_STATUSES = ['OPEN', 'IN_PROGRESS', 'IN_REVIEW'] as const satisfies readonly TaskStatus[];

export function isRecruiting(task: { status: TaskStatus; slots: number; filledSlots: number; deadline: Date }, now: Date): boolean {
  return (RECRUITING_STATUSES as readonly TaskStatus[]).includes(task.status) && task.filledSlots < task.slots && task.deadline > now;
}

/** Statuses only the poster (and, waiting for approval, operators) may see. */
export const UNPUBLISHED_STATUSES = ['DRAFT', 'PENDING_APPROVAL'] as const satisfies readonly TaskStatus[];

/** Visible to everyone once published; drafts and tasks waiting for approval only to the poster (and operators). */
export function isPublic(status: TaskStatus): boolean {
  return !(UNPUBLISHED_STATUSES as readonly TaskStatus[]).includes(status);
}

export function canCancel(task: { status: TaskStatus; postedById: string }, actorId: string): boolean {
  return task.postedById === actorId && canTransition(task.status, 'CANCELLED');
}

export function canPublish(task: { status: TaskStatus; postedById: string }, actorId: string): boolean {
  return task.postedById === actorId && task.status === 'DRAFT';
}

/** Badge levels by the number of tasks whose work was accepted. */
export const TASK_BADGE_LEVELS = [
  { key: 'firstTask', min: 1 },
  { key: 'tasks5', min: 5 },
  { key: 'tasks20', min: 20 },
  { key: 'tasks50', min: 50 },
] as const;
export type BadgeKey = (typeof TASK_BADGE_LEVELS)[number]['key'] | 'topOfMonth';

export function taskBadges(completedTasks: number): BadgeKey[] {
  return TASK_BADGE_LEVELS.filter((l) => completedTasks >= l.min).map((l) => l.key);
}

/** Where a link to a task goes: its public page once published, else its signed-in page (as projectPageHref). */
export function taskPageHref(task: { id: string; status: TaskStatus }): string {
  return isPublic(task.status) ? `/tasks/${task.id}` : `/tasks/${task.id}/view`;
}
