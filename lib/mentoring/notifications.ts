import 'server-only';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

/** Mentoring times are Asia/Shanghai office hours (see ./time.ts). */
const TIME_ZONE = 'Asia/Shanghai';

export async function notifyMentorshipRequested(tx: Tx, mentorshipId: string): Promise<void> {
  const m = await tx.mentorship.findUniqueOrThrow({
    where: { id: mentorshipId },
    select: { id: true, mentorId: true, requestedBy: { select: { name: true } }, project: { select: { name: true } } },
  });
  await notify(tx, { kind: 'mentoringRequested', recipients: [m.mentorId], subject: { type: 'mentorship', id: m.id }, data: { name: m.requestedBy?.name ?? '', title: m.project.name }, link: '/mentoring' });
}

export async function notifyMentorshipDecided(tx: Tx, mentorshipId: string, accepted: boolean, message: string): Promise<void> {
  const m = await tx.mentorship.findUniqueOrThrow({
    where: { id: mentorshipId },
    select: { id: true, requestedById: true, mentor: { select: { name: true } }, project: { select: { name: true, members: { where: { role: 'OWNER' }, select: { userId: true } } } } },
  });
  const recipients = m.requestedById ? [m.requestedById] : m.project.members.map((x) => x.userId);
  await notify(tx, {
    kind: 'mentoringDecided',
    recipients,
    subject: { type: 'mentorship', id: m.id },
    data: { name: m.mentor.name, title: m.project.name, decision: accepted ? 'ACCEPTED' : 'DECLINED', message },
    link: '/mentoring',
  });
}

async function loadSession(tx: Tx, sessionId: string) {
  return tx.mentoringSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      topic: true,
      mentorId: true,
      bookedById: true,
      mentor: { select: { name: true } },
      bookedBy: { select: { name: true } },
      mentorship: { select: { project: { select: { name: true } } } },
    },
  });
}

function sessionIcs(s: Awaited<ReturnType<typeof loadSession>>): string {
  const cal = ical({ name: s.mentorship.project.name, prodId: { company: 'Zhongchuang Space', product: 'mentoring', language: 'ZH' } });
  cal.createEvent({
    id: `mentoring-${s.id}@zhongchuang.space`,
    start: s.startsAt,
    end: s.endsAt,
    summary: `${s.mentor.name} · ${s.mentorship.project.name}`,
    description: s.topic || undefined,
    status: ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}

/** Both sides get the confirmation with an .ics, each naming the other. */
export async function notifySessionBooked(tx: Tx, sessionId: string): Promise<void> {
  const s = await loadSession(tx, sessionId);
  const common = { subject: { type: 'mentoringSession', id: s.id }, link: '/mentoring', ics: { filename: 'mentoring.ics', content: sessionIcs(s) } };
  const when = { startsAt: s.startsAt.toISOString(), timeZone: TIME_ZONE, title: s.mentorship.project.name };
  await notify(tx, { kind: 'sessionBooked', recipients: [s.mentorId], data: { ...when, name: s.bookedBy?.name ?? '' }, ...common });
  if (s.bookedById) await notify(tx, { kind: 'sessionBooked', recipients: [s.bookedById], data: { ...when, name: s.mentor.name }, ...common });
}

/** The other side hears of a cancellation. */
export async function notifySessionCancelled(tx: Tx, sessionId: string, actorId: string): Promise<void> {
  const s = await loadSession(tx, sessionId);
  const byMentor = actorId === s.mentorId;
  const recipient = byMentor ? s.bookedById : s.mentorId;
  if (!recipient) return;
  await notify(tx, {
    kind: 'sessionCancelled',
    recipients: [recipient],
    subject: { type: 'mentoringSession', id: s.id },
    data: { startsAt: s.startsAt.toISOString(), timeZone: TIME_ZONE, name: byMentor ? s.mentor.name : (s.bookedBy?.name ?? '') },
    link: '/mentoring',
  });
}
