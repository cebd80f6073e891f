import 'server-only';
import { db, type Tx } from '@/lib/db';
import { loadWorkingCalendar } from '@/lib/calendar/queries';
import { workingDayDeadline } from '@/lib/calendar/working-days';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { notify } from '@/lib/notifications/service';
import { WAITING_STATUSES } from './policy';

type Client = typeof db;

/** The admins told about a missed deadline (督办). */
async function adminsOf(tx: Tx): Promise<string[]> {
  const rows = await tx.userRole.findMany({ where: { role: 'ADMIN' }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/**
 * Escalates every proposal whose answer deadline (working days from its submission, in the
 * operators' calendar) passed without a published answer. Exactly once per proposal, whatever
 * runs it and how often: the conditional update `escalatedAt IS NULL` lets one runner win, and
 * the admins' notification is written in that runner's transaction (and carries a unique key).
 * Runs every few minutes on the job queue, on every app instance.
 */
export async function escalateOverdueProposals(now = new Date(), client: Client = db): Promise<{ escalated: string[] }> {
  const [calendar, tz] = await Promise.all([loadWorkingCalendar(client), findDefaultTimeZone()]);
  // A deadline of N working days is at least N calendar days away: older proposals are candidates.
  const candidates = await client.proposal.findMany({
    where: { escalatedAt: null, firstAnsweredAt: null, hiddenAt: null, status: { in: [...WAITING_STATUSES] } },
    select: { id: true, title: true, createdAt: true, consultation: { select: { answerDeadlineDays: true } } },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  const escalated: string[] = [];
  for (const p of candidates) {
    if (workingDayDeadline(calendar, p.createdAt, p.consultation.answerDeadlineDays, tz) > now) continue;
    const won = await client.$transaction(async (tx) => {
      const { count } = await tx.proposal.updateMany({ where: { id: p.id, escalatedAt: null, firstAnsweredAt: null }, data: { escalatedAt: now } });
      if (count === 0) return false;
      await notify(tx, {
        kind: 'proposalEscalated',
        recipients: await adminsOf(tx),
        subject: { type: 'proposal', id: p.id },
        data: { title: p.title },
        link: `/operate/participation/proposals/${p.id}`,
      });
      return true;
    });
    if (won) escalated.push(p.id);
  }
  return { escalated };
}
