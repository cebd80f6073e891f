import type { PayoutStatus, TaskApplicationStatus, TaskAssignmentMode, TaskAssignmentStatus, TaskCategory, TaskLocation, TaskStatus, TaskSubmissionStatus } from '@/lib/generated/prisma/enums';
import { canTransition } from '@/lib/state-machine';

export const TASK_CATEGORIES = ['DESIGN', 'SOFTWARE', 'HARDWARE', 'RESEARCH', 'MARKETING', 'COMMUNITY_SERVICE', 'OTHER'] as const satisfies readonly TaskCategory[];
export const TASK_LOCATIONS = ['REMOTE', 'ONSITE'] as const satisfies readonly TaskLocation[];
export const TASK_MODES = ['REVIEW', 'FIRST_COME'] as const satisfies readonly TaskAssignmentMode[];

/**
 * The only transitions a task knows. The service applies each one with
 * `updateMany({ where: { id, status: { in: sourcesOf(TASK_TRANSITIONS, to) } } })`, so a stale page or a second click is a
 * clean STATE_CHANGED instead of an outdated move.
 *
 * OPEN -> IN_PROGRESS when the first member takes a slot; IN_PROGRESS <-> IN_REVIEW while
 * submissions wait for review; COMPLETED when every slot's work is accepted; EXPIRED when the
 * deadline passes while nobody holds a slot (still OPEN).
 */
export const TASK_TRANSITIONS = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['IN_PROGRESS', 'CANCELLED', 'EXPIRED'],
  IN_PROGRESS: ['IN_REVIEW', 'COMPLETED', 'CANCELLED'],
  IN_REVIEW: ['IN_PROGRESS', 'COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
} satisfies Record<TaskStatus, readonly TaskStatus[]>;

/** An application waits for the poster (or is withdrawn by its author). */
export const TASK_APPLICATION_TRANSITIONS = {
  PENDING: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
} satisfies Record<TaskApplicationStatus, readonly TaskApplicationStatus[]>;

/**
 * An assignee works (ACTIVE), hands in (SUBMITTED), gets changes asked (back to ACTIVE) or the
 * work accepted (COMPLETED); a dispute over a request for changes goes to an operator.
 */
export const ASSIGNMENT_TRANSITIONS = {
  ACTIVE: ['SUBMITTED', 'DISPUTED'],
  SUBMITTED: ['COMPLETED', 'ACTIVE'],
  DISPUTED: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
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

/** Members may apply or claim while the task runs and a slot is free. */
export const RECRUITING_STATUSES = ['OPEN', 'IN_PROGRESS', 'IN_REVIEW'] as const satisfies readonly TaskStatus[];

export function isRecruiting(task: { status: TaskStatus; slots: number; filledSlots: number; deadline: Date }, now: Date): boolean {
  return (RECRUITING_STATUSES as readonly TaskStatus[]).includes(task.status) && task.filledSlots < task.slots && task.deadline > now;
}

/** Visible to everyone once published; drafts only to the poster. */
export function isPublic(status: TaskStatus): boolean {
  return status !== 'DRAFT';
}

export function canCancel(task: { status: TaskStatus; postedById: string }, actorId: string): boolean {
  return task.postedById === actorId && canTransition(TASK_TRANSITIONS, task.status, 'CANCELLED');
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
