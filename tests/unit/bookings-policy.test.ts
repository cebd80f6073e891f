import { describe, expect, it } from 'vitest';
import { BOOKING_TRANSITIONS, canCancel, canCheckIn, canMarkNoShow } from '@/lib/bookings/policy';
import { checkTimeRules, KIND_DEFAULTS } from '@/lib/bookings/rules';
import { addDays, mondayOf, subtractIntervals, zonedInstant } from '@/lib/bookings/time';

const member = { id: 'm', roles: [] as const };
const operator = { id: 'o', roles: ['OPERATOR'] as const };
const b = (status: keyof typeof BOOKING_TRANSITIONS) => ({ userId: 'm', status, startsAt: new Date('2030-01-01T10:00:00Z'), endsAt: new Date('2030-01-01T11:00:00Z') });

describe('booking policy', () => {
  it('allows no transition out of a final state', () => {
    for (const s of ['COMPLETED', 'CANCELLED', 'REJECTED', 'NO_SHOW'] as const) expect(BOOKING_TRANSITIONS[s]).toEqual([]);
  });

  it('lets a member cancel only their own booking before it starts', () => {
    expect(canCancel(b('CONFIRMED'), member, new Date('2030-01-01T09:59:00Z'))).toBe(true);
    expect(canCancel(b('CONFIRMED'), member, new Date('2030-01-01T10:00:00Z'))).toBe(false);
    expect(canCancel(b('CONFIRMED'), { id: 'x', roles: [] }, new Date('2030-01-01T09:00:00Z'))).toBe(false);
    expect(canCancel(b('CHECKED_IN'), operator, new Date('2030-01-01T09:00:00Z'))).toBe(false);
  });

  it('opens check-in 15 minutes early and no-shows 15 minutes late', () => {
    expect(canCheckIn(b('CONFIRMED'), member, new Date('2030-01-01T09:44:00Z'))).toBe(false);
    expect(canCheckIn(b('CONFIRMED'), member, new Date('2030-01-01T09:45:00Z'))).toBe(true);
    expect(canMarkNoShow(b('CONFIRMED'), operator, new Date('2030-01-01T10:14:00Z'))).toBe(false);
    expect(canMarkNoShow(b('CONFIRMED'), operator, new Date('2030-01-01T10:15:00Z'))).toBe(true);
    expect(canMarkNoShow(b('CONFIRMED'), member, new Date('2030-01-01T10:30:00Z'))).toBe(false);
  });
});

describe('time helpers', () => {
  it('does calendar arithmetic on dates and finds the Monday', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(mondayOf('2027-03-28')).toBe('2027-03-22');
  });

  it('handles the autumn DST change in Berlin', () => {
    expect(zonedInstant('2027-10-31', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-10-31T08:00:00.000Z');
    expect(zonedInstant('2027-10-30', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-10-30T07:00:00.000Z');
  });

  it('subtracts busy intervals', () => {
    const d = (h: number) => new Date(Date.UTC(2030, 0, 1, h));
    expect(subtractIntervals(d(8), d(18), [{ start: d(10), end: d(11) }, { start: d(17), end: d(19) }])).toEqual([
      { start: d(8), end: d(10) },
      { start: d(11), end: d(17) },
    ]);
  });

  it('gives every kind rules the database accepts', () => {
    for (const r of Object.values(KIND_DEFAULTS)) {
      expect(r.minMinutes % r.slotMinutes).toBe(0);
      expect(r.maxMinutes).toBeGreaterThanOrEqual(r.minMinutes);
    }
    const space = { timeZone: 'Asia/Shanghai', openingHours: Array(7).fill({ open: '08:00', close: '22:00' }), closures: [] };
    const now = new Date('2030-01-01T00:00:00Z');
    expect(checkTimeRules({ resource: { ...KIND_DEFAULTS.MEETING_ROOM, active: true }, space, startsAt: new Date('2030-01-01T02:00:00Z'), endsAt: new Date('2030-01-01T03:00:00Z'), now, maintenance: [] })).toBeNull();
  });
});
