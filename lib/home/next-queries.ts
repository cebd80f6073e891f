import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { countUnread } from '@/lib/notifications/queries';
import { MENTORING_TIME_ZONE } from '@/lib/mentoring/policy';
import { DEFAULT_TIME_ZONE } from '@/lib/time';

/** Booking states that still lie ahead of the member (not cancelled, refused or over). */
const LIVE_BOOKINGS = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;
/** Assignments the member still has to act on or hear back about. */
const OPEN_ASSIGNMENTS = ['ACTIVE', 'SUBMITTED', 'DISPUTED'] as const;

export type MyNextThings = {
  booking: { id: string; resource: string; startsAt: Date; endsAt: Date; timeZone: string; pending: boolean } | null;
  session: { id: string; withName: string; project: string; startsAt: Date; endsAt: Date; timeZone: string } | null;
  event: { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string } | null;
  tasks: { count: number; items: { id: string; title: string; deadline: Date }[] };
  unread: number;
};

/**
 * The signed-in member's own next things, for their home page: the next booking, mentoring
 * session and event registration that have not ended, their open task assignments and unread
 * notifications. Every read is scoped to the actor; a visitor (null) gets nothing at all.
 */
export async function findMyNextThings(actor: Actor | null, now: Date = new Date()): Promise<MyNextThings | null> {
  if (!actor) return null;
  const [booking, session, registration, taskCount, tasks, unread] = await Promise.all([
    db.booking.findFirst({
      where: { userId: actor.id, status: { in: [...LIVE_BOOKINGS] }, endsAt: { gt: now } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: { id: true, startsAt: true, endsAt: true, status: true, resource: { select: { name: true, space: { select: { timeZone: true } } } } },
    }),
    db.mentoringSession.findFirst({
      where: { status: 'BOOKED', endsAt: { gt: now }, mentorship: { OR: [{ mentorId: actor.id }, { project: { members: { some: { userId: actor.id } } } }] } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: { id: true, startsAt: true, endsAt: true, mentorId: true, mentor: { select: { name: true } }, mentorship: { select: { project: { select: { name: true } } } } },
    }),
    db.eventRegistration.findFirst({
      where: { userId: actor.id, status: 'REGISTERED', event: { status: 'PUBLISHED', endsAt: { gt: now } } },
      orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
      select: { event: { select: { id: true, title: true, startsAt: true, endsAt: true, space: { select: { timeZone: true } } } } },
    }),
    db.taskAssignment.count({ where: { userId: actor.id, status: { in: [...OPEN_ASSIGNMENTS] } } }),
    db.taskAssignment.findMany({
      where: { userId: actor.id, status: { in: [...OPEN_ASSIGNMENTS] } },
      orderBy: [{ task: { deadline: 'asc' } }, { id: 'asc' }],
      take: 3,
      select: { task: { select: { id: true, title: true, deadline: true } } },
    }),
    countUnread(actor),
  ]);
  return {
    booking: booking && {
      id: booking.id,
      resource: booking.resource.name,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      timeZone: booking.resource.space.timeZone,
      pending: booking.status === 'PENDING',
    },
    session: session && {
      id: session.id,
      // The mentor sees the project they mentor; the team sees its mentor.
      withName: session.mentorId === actor.id ? session.mentorship.project.name : session.mentor.name,
      project: session.mentorship.project.name,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: MENTORING_TIME_ZONE,
    },
    event: registration && {
      id: registration.event.id,
      title: registration.event.title,
      startsAt: registration.event.startsAt,
      endsAt: registration.event.endsAt,
      timeZone: registration.event.space?.timeZone ?? DEFAULT_TIME_ZONE,
    },
    tasks: { count: taskCount, items: tasks.map((a) => a.task) },
    unread,
  };
}
