import 'server-only';
import { sessionIcs } from './ics';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

import { MENTORING_TIME_ZONE } from './policy';

/** Mentoring times are office hours on the mentoring clock (see ./time.ts). */
const TIME_ZONE = MENTORING_TIME_ZONE;

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
      location: true,
      mentorId: true,
      bookedById: true,
      mentor: { select: { name: true } },
      bookedBy: { select: { name: true } },
      mentorship: { select: { project: { select: { name: true } } } },
    },
  });
}

function icsOf(s: Awaited<ReturnType<typeof loadSession>>): string {
  return sessionIcs({ ...s, mentorName: s.mentor.name, projectName: s.mentorship.project.name });
}

/** Both sides get the confirmation with an .ics, each naming the other. */
export async function notifySessionBooked(tx: Tx, sessionId: string, eventId?: string): Promise<void> {
  const s = await loadSession(tx, sessionId);
  // A rescheduled session is told again (its own event: the new start).
  const common = { subject: { type: 'mentoringSession', id: s.id }, eventId, link: `/mentoring/sessions/${s.id}`, ics: { filename: 'mentoring.ics', content: icsOf(s) } };
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
