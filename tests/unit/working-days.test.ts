import { describe, expect, it } from 'vitest';
import { addCalendarDays, clockState, isWorkingDay, workingDayDeadline, workingDayDueDate, workingDaysElapsed, type WorkingCalendar } from '@/lib/calendar/working-days';

const TZ = 'Asia/Shanghai';
// National Day 2026: 1-7 October off; Sunday 20 September and Saturday 10 October are working days.
const calendar: WorkingCalendar = new Map([
  ['2026-09-20', true],
  ['2026-10-01', false],
  ['2026-10-02', false],
  ['2026-10-05', false],
  ['2026-10-06', false],
  ['2026-10-07', false],
  ['2026-10-10', true],
]);
const beijing = (iso: string) => new Date(`${iso}+08:00`);

describe('the working-day calendar', () => {
  it('follows the weekday rule where the calendar has no entry', () => {
    expect(isWorkingDay(calendar, '2026-11-30')).toBe(true); // Monday
    expect(isWorkingDay(calendar, '2026-11-29')).toBe(false); // Sunday
  });

  it('reads holidays and swapped working days from the calendar', () => {
    expect(isWorkingDay(calendar, '2026-10-01')).toBe(false); // Thursday, National Day
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true); // Saturday, swapped
    expect(isWorkingDay(calendar, '2026-09-20')).toBe(true); // Sunday, swapped
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts no working day on the day something arrives', () => {
    expect(workingDaysElapsed(calendar, beijing('2026-11-30T09:00:00'), beijing('2026-11-30T23:00:00'), TZ)).toBe(0);
    expect(workingDaysElapsed(calendar, beijing('2026-11-30T09:00:00'), beijing('2026-12-01T08:00:00'), TZ)).toBe(1);
  });

  it('skips the National Day holiday and counts the swapped Saturday', () => {
    // Arrives Wednesday 30 September. Working days after it: Thu 8 Oct, Fri 9 Oct, Sat 10 Oct (swapped), Mon 12 Oct.
    const from = beijing('2026-09-30T16:00:00');
    expect(workingDaysElapsed(calendar, from, beijing('2026-10-07T20:00:00'), TZ)).toBe(0);
    expect(workingDaysElapsed(calendar, from, beijing('2026-10-10T10:00:00'), TZ)).toBe(3);
    expect(workingDaysElapsed(calendar, from, beijing('2026-10-12T10:00:00'), TZ)).toBe(4);
    expect(workingDayDueDate(calendar, from, 3, TZ)).toBe('2026-10-10');
  });

  it('counts the local date in the space zone, not in UTC', () => {
    // 23:30 on Friday in Beijing is still Friday there although it is 15:30 UTC; 00:30 Monday is Sunday 16:30 UTC.
    expect(workingDaysElapsed(calendar, beijing('2026-11-27T23:30:00'), beijing('2026-11-30T00:30:00'), TZ)).toBe(1);
  });

  it('ends a deadline at the midnight after its due date, in the space zone', () => {
    const deadline = workingDayDeadline(calendar, beijing('2026-11-27T10:00:00'), 2, TZ); // Fri + 2 working days = Tue 1 Dec
    expect(deadline.toISOString()).toBe('2026-12-01T16:00:00.000Z'); // 2 Dec 00:00 Beijing
  });

  it('is on time within the deadline, overdue after it and very overdue after twice the deadline', () => {
    const from = beijing('2026-11-02T09:00:00'); // Monday
    expect(clockState(calendar, from, beijing('2026-11-06T12:00:00'), 4, TZ)).toEqual({ elapsed: 4, state: 'ON_TIME' });
    expect(clockState(calendar, from, beijing('2026-11-09T12:00:00'), 4, TZ)).toEqual({ elapsed: 5, state: 'OVERDUE' });
    expect(clockState(calendar, from, beijing('2026-11-12T12:00:00'), 4, TZ)).toEqual({ elapsed: 8, state: 'OVERDUE' });
    expect(clockState(calendar, from, beijing('2026-11-13T12:00:00'), 4, TZ)).toEqual({ elapsed: 9, state: 'VERY_OVERDUE' });
  });
});
