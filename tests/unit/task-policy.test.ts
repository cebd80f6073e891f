import { describe, expect, it } from 'vitest';
import { isRecruiting, TASK_TRANSITIONS, taskBadges } from '@/lib/tasks/policy';
import { canTransition, sourcesOf } from '@/lib/state-machine';

describe('task state machine table', () => {
  it('allows the forward path and refuses going back from a closed task', () => {
    expect(canTransition(TASK_TRANSITIONS, 'DRAFT', 'OPEN')).toBe(true);
    expect(canTransition(TASK_TRANSITIONS, 'OPEN', 'IN_PROGRESS')).toBe(true);
    expect(canTransition(TASK_TRANSITIONS, 'IN_PROGRESS', 'IN_REVIEW')).toBe(true);
    expect(canTransition(TASK_TRANSITIONS, 'IN_REVIEW', 'COMPLETED')).toBe(true);
    for (const closed of ['COMPLETED', 'CANCELLED', 'EXPIRED'] as const) expect(TASK_TRANSITIONS[closed]).toEqual([]);
    expect(canTransition(TASK_TRANSITIONS, 'DRAFT', 'COMPLETED')).toBe(false);
    expect(canTransition(TASK_TRANSITIONS, 'IN_PROGRESS', 'EXPIRED')).toBe(false);
    expect(canTransition(TASK_TRANSITIONS, 'IN_REVIEW', 'CANCELLED')).toBe(false);
  });

  it('expires only open tasks and cancels only before review', () => {
    expect(sourcesOf(TASK_TRANSITIONS, 'EXPIRED')).toEqual(['OPEN']);
    expect(sourcesOf(TASK_TRANSITIONS, 'CANCELLED').sort()).toEqual(['DRAFT', 'IN_PROGRESS', 'OPEN']);
  });

  it('recruits while a slot is free and the deadline is ahead', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const base = { status: 'OPEN' as const, slots: 2, filledSlots: 1, deadline: new Date('2026-12-01T00:00:00Z') };
    expect(isRecruiting(base, now)).toBe(true);
    expect(isRecruiting({ ...base, filledSlots: 2 }, now)).toBe(false);
    expect(isRecruiting({ ...base, deadline: now }, now)).toBe(false);
    expect(isRecruiting({ ...base, status: 'DRAFT' }, now)).toBe(false);
  });

  it('gives badge levels at 1, 5, 20 and 50 accepted tasks', () => {
    expect(taskBadges(0)).toEqual([]);
    expect(taskBadges(1)).toEqual(['firstTask']);
    expect(taskBadges(19)).toEqual(['firstTask', 'tasks5']);
    expect(taskBadges(50)).toEqual(['firstTask', 'tasks5', 'tasks20', 'tasks50']);
  });
});
