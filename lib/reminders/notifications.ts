import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { DEFAULT_TIME_ZONE } from '@/lib/time';

export type SentReminder = { kind: 'BOOKING' | 'MENTORING_SESSION' | 'EVENT'; subjectId: string; startsAt: Date; offsetMinutes: number };

const idsOf = (rows: SentReminder[], kind: SentReminder['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.subjectId);

/**
 * One notification per sent reminder, in the transaction that wrote its row, through the one
 * notification service (so each member's kind x channel choices apply). The notification's own
 * key names the start time and offset, like the reminder row's.
 */
export async function notifyReminders(tx: Tx, sent: SentReminder[]): Promise<void> {
  if (sent.length === 0) return;
  const [bookings, sessions, registrations] = await Promise.all([
    tx.booking.findMany({
      where: { id: { in: idsOf(sent, 'BOOKING') } },
      select: { id: true, userId: true, resource: { select: { name: true, space: { select: { timeZone: true } } } } },
    }),
    tx.mentoringSession.findMany({
      where: { id: { in: idsOf(sent, 'MENTORING_SESSION') } },
      select: { id: true, mentorId: true, bookedById: true, topic: true, mentor: { select: { name: true } }, bookedBy: { select: { name: true } } },
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
    const eventId = `${startsAt}/${r.offsetMinutes}`;
    if (r.kind === 'BOOKING') {
      const b = booking.get(r.subjectId);
      if (!b) continue;
      await notify(tx, { kind: 'bookingReminder', recipients: [b.userId], subject: { type: 'booking', id: b.id }, eventId, data: { resource: b.resource.name, startsAt, timeZone: b.resource.space.timeZone }, link: '/bookings/mine' });
    } else if (r.kind === 'MENTORING_SESSION') {
      const s = session.get(r.subjectId);
      if (!s) continue;
      // Each side hears the other's name.
      await notify(tx, { kind: 'sessionReminder', recipients: [s.mentorId], subject: { type: 'mentoringSession', id: s.id }, eventId, data: { name: s.bookedBy?.name ?? '', title: s.topic, startsAt, timeZone: DEFAULT_TIME_ZONE }, link: '/mentoring' });
      if (s.bookedById) {
        await notify(tx, { kind: 'sessionReminder', recipients: [s.bookedById], subject: { type: 'mentoringSession', id: s.id }, eventId, data: { name: s.mentor.name, title: s.topic, startsAt, timeZone: DEFAULT_TIME_ZONE }, link: '/mentoring' });
      }
    } else {
      const g = registration.get(r.subjectId);
      if (!g) continue;
      await notify(tx, { kind: 'eventReminder', recipients: [g.userId], subject: { type: 'eventRegistration', id: g.id }, eventId, data: { title: g.event.title, startsAt, timeZone: g.event.space?.timeZone ?? DEFAULT_TIME_ZONE }, link: `/events/${g.event.id}` });
    }
  }
}
