import { describe, expect, it } from 'vitest';
import {
  canApprove,
  canReleasePayout,
  canTransition,
  DEFAULT_TASK_RULES,
  isPublic,
  isRecruiting,
  needsApproval,
  pointsWithinCap,
  rewardLimitErrors,
  statusesLeadingTo,
  TASK_TRANSITIONS,
  taskBadges,
} from '@/lib/tasks/policy';

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

  it('expires only tasks nobody works on yet and cancels only before review', () => {
    expect(statusesLeadingTo('EXPIRED').sort()).toEqual(['OPEN', 'PENDING_APPROVAL']);
    expect(statusesLeadingTo('CANCELLED').sort()).toEqual(['DRAFT', 'IN_PROGRESS', 'OPEN', 'PENDING_APPROVAL']);
  });

  it('opens a task waiting for approval only through approval, and keeps it out of sight until then', () => {
    expect(canTransition('DRAFT', 'PENDING_APPROVAL')).toBe(true);
    expect(canTransition('PENDING_APPROVAL', 'OPEN')).toBe(true);
    expect(canTransition('PENDING_APPROVAL', 'DRAFT')).toBe(true);
    expect(canTransition('PENDING_APPROVAL', 'IN_PROGRESS')).toBe(false);
    expect(isPublic('PENDING_APPROVAL')).toBe(false);
    expect(isPublic('DRAFT')).toBe(false);
    expect(isPublic('OPEN')).toBe(true);
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

describe('task money and points rules', () => {
  const rules = { ...DEFAULT_TASK_RULES, approvalPointsAbove: 200, maxPoints: 1000, maxBountyFen: 500_000 };

  it('needs approval for any bounty and for points above the threshold', () => {
    expect(needsApproval({ bountyFen: 1, rewardPoints: 0 }, rules)).toBe(true);
    expect(needsApproval({ bountyFen: 0, rewardPoints: 201 }, rules)).toBe(true);
    expect(needsApproval({ bountyFen: 0, rewardPoints: 200 }, rules)).toBe(false);
  });

  it('names the field whose reward is above the space maximum', () => {
    expect(rewardLimitErrors({ bountyFen: 500_000, rewardPoints: 1000 }, rules)).toBeNull();
    expect(rewardLimitErrors({ bountyFen: 500_001, rewardPoints: 1001 }, rules)).toEqual({ rewardPoints: ['taskPointsAboveSpaceMax'], bountyYuan: ['taskBountyAboveSpaceMax'] });
  });

  it('awards what is left under the monthly cap, never less than nothing', () => {
    expect(pointsWithinCap(100, 0, 500)).toBe(100);
    expect(pointsWithinCap(100, 450, 500)).toBe(50);
    expect(pointsWithinCap(100, 500, 500)).toBe(0);
    expect(pointsWithinCap(100, 900, 500)).toBe(0);
  });

  it('lets neither the poster approve nor the poster or payee release a payout', () => {
    expect(canApprove({ status: 'PENDING_APPROVAL', postedById: 'a' }, 'a')).toBe(false);
    expect(canApprove({ status: 'PENDING_APPROVAL', postedById: 'a' }, 'b')).toBe(true);
    expect(canApprove({ status: 'OPEN', postedById: 'a' }, 'b')).toBe(false);
    expect(canReleasePayout({ userId: 'payee', posterId: 'poster' }, 'poster')).toBe(false);
    expect(canReleasePayout({ userId: 'payee', posterId: 'poster' }, 'payee')).toBe(false);
    expect(canReleasePayout({ userId: 'payee', posterId: 'poster' }, 'operator')).toBe(true);
  });
});
