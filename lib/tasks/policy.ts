import type { TaskAssignmentMode, TaskCategory, TaskLocation, TaskStatus } from '@/lib/generated/prisma/enums';

export const TASK_CATEGORIES = ['DESIGN', 'SOFTWARE', 'HARDWARE', 'RESEARCH', 'MARKETING', 'COMMUNITY_SERVICE', 'OTHER'] as const satisfies readonly TaskCategory[];
export const TASK_LOCATIONS = ['REMOTE', 'ONSITE'] as const satisfies readonly TaskLocation[];
export const TASK_MODES = ['REVIEW', 'FIRST_COME'] as const satisfies readonly TaskAssignmentMode[];

/**
 * The only transitions a task knows. The service applies each one with
 * `updateMany({ where: { id, status: <from> } })`, so a stale page or a second click is a
 * clean STATE_CHANGED instead of an outdated move.
 *
 * OPEN -> IN_PROGRESS when the first member takes a slot; IN_PROGRESS <-> IN_REVIEW while
 * submissions wait for review; COMPLETED when every slot's work is accepted; EXPIRED when the
 * deadline passes while nobody holds a slot (still OPEN).
 */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['IN_PROGRESS', 'CANCELLED', 'EXPIRED'],
  IN_PROGRESS: ['IN_REVIEW', 'COMPLETED', 'CANCELLED'],
  IN_REVIEW: ['IN_PROGRESS', 'COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
};

export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return TASK_TRANSITIONS[from].includes(to);
}

/** Statuses from which a given status can be reached (the `where status in` of a conditional update). */
export function statusesLeadingTo(to: TaskStatus): TaskStatus[] {
  return (Object.keys(TASK_TRANSITIONS) as TaskStatus[]).filter((from) => canTransition(from, to));
}

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
