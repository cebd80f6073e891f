import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { CalendarDayInput } from './schemas';

function asDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

/** Marks a date as a holiday or a swapped working day (one row per date: a second save replaces it). */
export async function setCalendarDay(actor: Actor, input: CalendarDayInput): Promise<ActionResult<void>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const date = asDate(input.date);
    const before = await tx.workingCalendarDay.findUnique({ where: { date } });
    await tx.workingCalendarDay.upsert({
      where: { date },
      create: { date, working: input.working, name: input.name },
      update: { working: input.working, name: input.name },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'calendar.setDay',
      entityType: 'WorkingCalendarDay',
      entityId: input.date,
      ...(before ? { before: { working: before.working, name: before.name } } : {}),
      after: { working: input.working, name: input.name },
    });
    return ok(undefined);
  });
}

/** Returns a date to the weekday rule. */
export async function deleteCalendarDay(actor: Actor, input: { date: string }): Promise<ActionResult<void>> {
  assertCan(actor, 'space:operate');
  return inTransaction(async (tx) => {
    const before = await tx.workingCalendarDay.findUnique({ where: { date: asDate(input.date) } });
    if (!before) throw new Rollback(fail('NOT_FOUND', 'calendarDayNotFound'));
    await tx.workingCalendarDay.delete({ where: { date: before.date } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'calendar.deleteDay',
      entityType: 'WorkingCalendarDay',
      entityId: input.date,
      before: { working: before.working, name: before.name },
    });
    return ok(undefined);
  });
}
