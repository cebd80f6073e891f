import 'server-only';
import { db, type Tx } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { WorkingCalendar } from './working-days';

/**
 * The calendar's exceptions as a map for lib/calendar/working-days. Small (a few dozen rows a
 * year), so callers load it whole; pass `tx` to read it inside a transaction.
 */
export async function loadWorkingCalendar(client: Tx | typeof db = db): Promise<WorkingCalendar> {
  const rows = await client.workingCalendarDay.findMany({ select: { date: true, working: true } });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.working]));
}

/** The calendar's exceptions of one year, for the operator's page. */
export async function listCalendarDays(actor: Actor, year: number) {
  assertCan(actor, 'space:operate');
  return db.workingCalendarDay.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: 'asc' },
  });
}
