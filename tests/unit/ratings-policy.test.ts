import { describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, CLASSIFICATION_TARGET, distributionOf, isBadLevel, mayRateAgain, nextRound, OPEN_CASE_STATUSES, RATING_LEVELS, RECORD_KINDS, RECORD_SLUGS, kindOfSlug, isRateableFault } from '@/lib/ratings/policy';
import { canTransition } from '@/lib/state-machine';

describe('rating rules', () => {
  it('treats only 不满意 and 非常不满意 as bad ratings', () => {
    expect(RATING_LEVELS.filter(isBadLevel)).toEqual(['DISSATISFIED', 'VERY_DISSATISFIED']);
  });

  it('allows a second round only after an outcome the rater was told, and never a third', () => {
    expect(nextRound(null)).toBe(1);
    expect(nextRound({ round: 1, caseStatus: null })).toBeNull();
    for (const status of ['OPEN', 'CALLED_BACK', 'FIXING', 'APPEALED', 'APPEAL_UPHELD'] as const) expect(mayRateAgain({ round: 1, caseStatus: status })).toBe(false);
    expect(nextRound({ round: 1, caseStatus: 'FIXED' })).toBe(2);
    expect(nextRound({ round: 1, caseStatus: 'EXPLAINED' })).toBe(2);
    expect(nextRound({ round: 2, caseStatus: 'FIXED' })).toBeNull();
  });

  it('moves a case only from a call back to its classification, and an appeal only through an admin', () => {
    expect(canTransition(CASE_TRANSITIONS, 'OPEN', 'FIXED')).toBe(false);
    for (const target of Object.values(CLASSIFICATION_TARGET)) expect(canTransition(CASE_TRANSITIONS, 'CALLED_BACK', target)).toBe(true);
    expect(canTransition(CASE_TRANSITIONS, 'APPEALED', 'APPEAL_UPHELD')).toBe(true);
    expect(OPEN_CASE_STATUSES).toEqual(['OPEN', 'CALLED_BACK', 'FIXING', 'APPEALED']);
  });

  it('hides a distribution below the minimum and keeps the five levels in order', () => {
    expect(distributionOf({ SATISFIED: 3 }, 10)).toMatchObject({ total: 3, shown: false });
    const d = distributionOf({ VERY_SATISFIED: 6, VERY_DISSATISFIED: 4 }, 10);
    expect(d.shown).toBe(true);
    expect(d.levels.map((l) => [l.level, l.share])).toEqual([['VERY_SATISFIED', 0.6], ['SATISFIED', 0], ['BASICALLY_SATISFIED', 0], ['DISSATISFIED', 0], ['VERY_DISSATISFIED', 0.4]]);
  });

  it('maps every record kind to an address segment and back', () => {
    for (const kind of RECORD_KINDS) expect(kindOfSlug(RECORD_SLUGS[kind])).toBe(kind);
    expect(kindOfSlug('fault')).toBe('FAULT_REPORT');
    expect(kindOfSlug('proposal')).toBe('PROPOSAL');
    expect(kindOfSlug('complaint')).toBeNull();
  });

  it('offers a fault repair for rating only when fixed, and two days after the fix or once the reporter confirmed it', () => {
    const fixedAt = new Date('2026-05-01T08:00:00Z');
    const at = (hours: number) => new Date(fixedAt.getTime() + hours * 3_600_000);
    expect(isRateableFault({ status: 'FIXED', fixedAt, verifiedAt: null }, at(47))).toBe(false);
    expect(isRateableFault({ status: 'FIXED', fixedAt, verifiedAt: null }, at(48))).toBe(true);
    expect(isRateableFault({ status: 'FIXED', fixedAt, verifiedAt: at(1) }, at(2))).toBe(true);
    expect(isRateableFault({ status: 'CONFIRMED', fixedAt: null, verifiedAt: null }, at(100))).toBe(false);
    expect(isRateableFault({ status: 'WONT_FIX', fixedAt: null, verifiedAt: null }, at(100))).toBe(false);
  });
});
