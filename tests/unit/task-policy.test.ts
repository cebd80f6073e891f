import { describe, expect, it } from 'vitest';
import { canTransition, isRecruiting, statusesLeadingTo, TASK_TRANSITIONS, taskBadges } from '@/lib/tasks/policy';

describe('task state machine table', () => {
  it('allows the forward path and refuses going back from a closed task', () => {
    expect(canTransition('DRAFT', 'OPEN')).toBe(true);
    expect(canTransition('OPEN', 'IN_PROGRESS')).toBe(true);
    expect(canTransition('IN_PROGRESS', 'IN_REVIEW')).toBe(true);
    expect(canTransition('IN_REVIEW', 'COMPLETED')).toBe(true);
    for (const closed of ['COMPLETED', 'CANCELLED', 'EXPIRED'] as const) expect(TASK_TRANSITIONS[closed]).toEqual([]);
    expect(canTransition('DRAFT', 'COMPLETED')).toBe(false);
    expect(canTransition('IN_PROGRESS', 'EXPIRED')).toBe(false);
    expect(canTransition('IN_REVIEW', 'CANCELLED')).toBe(false);
  });

  it('expires only open tasks and cancels only before review', () => {
    expect(statusesLeadingTo('EXPIRED')).toEqual(['OPEN']);
    expect(statusesLeadingTo('CANCELLED').sort()).toEqual(['DRAFT', 'IN_PROGRESS', 'OPEN']);
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
