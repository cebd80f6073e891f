import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { loadWorkingCalendar } from '@/lib/calendar/queries';
import { calendarDaySchema } from '@/lib/calendar/schemas';
import { deleteCalendarDay, setCalendarDay } from '@/lib/calendar/service';
import { isWorkingDay } from '@/lib/calendar/working-days';
import { createUser } from '../factories';

/** A date of its own far in the future, so parallel tests never share a calendar row. */
function freshDate(): string {
  const day = new Date(Date.UTC(2090, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

describe('the working-day calendar operators keep', () => {
  it('comes with the 2026 public holidays and swapped working days', async () => {
    const calendar = await loadWorkingCalendar();
    expect(isWorkingDay(calendar, '2026-10-01')).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true); // a Saturday
    expect(isWorkingDay(calendar, '2026-02-16')).toBe(false); // Spring Festival, a Monday
    expect(isWorkingDay(calendar, '2026-02-28')).toBe(true); // a Saturday
  });

  it('lets an operator mark a holiday, replace it and remove it, each audited', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const date = freshDate();
    expect((await setCalendarDay(operator, { date, working: false, name: '空间盘点' })).ok).toBe(true);
    expect((await loadWorkingCalendar()).get(date)).toBe(false);
    expect((await setCalendarDay(operator, { date, working: true, name: '补班' })).ok).toBe(true);
    expect((await loadWorkingCalendar()).get(date)).toBe(true);
    expect((await deleteCalendarDay(operator, { date })).ok).toBe(true);
    expect((await loadWorkingCalendar()).has(date)).toBe(false);
    const audit = await db.auditLog.findMany({ where: { entityType: 'WorkingCalendarDay', entityId: date }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['calendar.setDay', 'calendar.setDay', 'calendar.deleteDay']);
  });

  it('answers not found when removing a date that has no setting', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const result = await deleteCalendarDay(operator, { date: freshDate() });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuses a member', async () => {
    const member = await createUser();
    await expect(setCalendarDay(member, { date: freshDate(), working: false, name: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses a malformed date or an empty name with field errors', () => {
    const bad = calendarDaySchema.safeParse({ date: '2026-13-45x', working: 'maybe', name: ' ' });
    expect(bad.success).toBe(false);
    const fields = new Set(bad.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(['date', 'working', 'name']));
  });
});
