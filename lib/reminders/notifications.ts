import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type SentReminder = { kind: 'BOOKING' | 'MENTORING_SESSION' | 'EVENT'; subjectId: string; startsAt: Date; offsetMinutes: number };

const idsOf = (rows: SentReminder[], kind: SentReminder['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.subjectId);

/** One notification per sent reminder, in the transaction that wrote its row. */
export async function notifyReminders(tx: Tx, sent: SentReminder[]): Promise<void> {
  if (sent.length === 0) return;
  const [bookings, sessions, registrations] = await Promise.all([
    tx.booking.findMany({
      where: { id: { in: idsOf(sent, 'BOOKING') } },
      select: { id: true, userId: true, resource: { select: { name: true, space: { select: { name: true, timeZone: true } } } } },
    }),
    tx.mentoringSession.findMany({
      where: { id: { in: idsOf(sent, 'MENTORING_SESSION') } },
      select: { id: true, mentorId: true, bookedById: true, topic: true, mentor: { select: { name: true } } },
    }),
    tx.eventRegistration.findMany({
      where: { id: { in: idsOf(sent, 'EVENT') } },
      select: { id: true, userId: true, event: { select: { id: true, title: true, space: { select: { timeZone: true } } } } },
    }),
  ]);
  const booking = new Map(bookings.map((b) => [b.id, b]));
  const session = new Map(sessions.map((s) => [s.id, s]));
  const registration = new Map(registrations.map((r) => [r.id, r]));
  for (const r of sent) {
    const startsAt = r.startsAt.toISOString();
    const hours = Math.round(r.offsetMinutes / 60);
    if (r.kind === 'BOOKING') {
      const b = booking.get(r.subjectId);
      if (!b) continue;
      await notify(tx, [{ userId: b.userId, kind: 'bookingReminder', data: { title: b.resource.name, startsAt, timeZone: b.resource.space.timeZone, hours }, link: '/bookings' }]);
    } else if (r.kind === 'MENTORING_SESSION') {
      const s = session.get(r.subjectId);
      if (!s) continue;
      const people = [s.mentorId, ...(s.bookedById ? [s.bookedById] : [])];
      await notify(tx, people.map((userId) => ({ userId, kind: 'sessionReminder', data: { title: s.topic || s.mentor.name, startsAt, timeZone: DEFAULT_TIME_ZONE, hours }, link: '/mentoring' })));
    } else {
      const g = registration.get(r.subjectId);
      if (!g) continue;
      await notify(tx, [{ userId: g.userId, kind: 'eventReminder', data: { title: g.event.title, startsAt, timeZone: g.event.space?.timeZone ?? DEFAULT_TIME_ZONE, hours }, link: `/events/${g.event.id}` }]);
    }
  }
}
