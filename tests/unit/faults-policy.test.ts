import { describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, confirmsReport, coveredMs, FAULT_TRANSITIONS, faultSources, isOpen, median, OPEN_STATUSES, open311Status, operatorTargets } from '@/lib/faults/policy';
import { isFinal } from '@/lib/state-machine';

describe('the fault report transition table', () => {
  it('never lets a closed-without-fixing report become fixed, nor a fixed one closed', () => {
    for (const closed of CLOSED_STATUSES) {
      expect(isFinal(FAULT_TRANSITIONS, closed)).toBe(true);
      expect(FAULT_TRANSITIONS.FIXED).not.toContain(closed);
    }
    expect(faultSources('FIXED')).toEqual([...OPEN_STATUSES]);
  });

  it('reopens a fixed report only into an open state', () => {
    expect(FAULT_TRANSITIONS.FIXED.every((s) => isOpen(s))).toBe(true);
  });

  it('keeps DUPLICATE out of the statuses an operator sets by hand', () => {
    for (const s of OPEN_STATUSES) expect(operatorTargets(s)).not.toContain('DUPLICATE');
  });

  it('maps every status to Open311 open or closed', () => {
    expect(open311Status('WAITING_FOR_PARTS')).toBe('open');
    expect(open311Status('FIXED')).toBe('closed');
    expect(open311Status('NOT_OURS')).toBe('closed');
  });

  it('counts a report as confirmed only when an operator first moves it out of NEW to real work or a fix', () => {
    expect(confirmsReport('NEW', 'CONFIRMED')).toBe(true);
    expect(confirmsReport('NEW', 'FIXED')).toBe(true);
    expect(confirmsReport('NEW', 'WONT_FIX')).toBe(false);
    expect(confirmsReport('CONFIRMED', 'IN_PROGRESS')).toBe(false);
  });
});

describe('repair figures', () => {
  it('takes the median of an odd and an even number of durations', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('counts overlapping blocks once and clips them to the window', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    expect(coveredMs([{ start: t(0), end: t(5) }, { start: t(3), end: t(8) }, { start: t(20), end: t(30) }], t(1), t(24))).toBe((7 + 4) * 3_600_000);
  });
});
