import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { BOOKING_HORIZON_DAYS } from './policy';
import { upcomingSlots } from './time';

/** Members holding the MENTOR role, with their profile, searched by name or expertise. */
export async function listMentors(params: { q?: string } = {}) {
  const q = params.q?.trim();
  return db.user.findMany({
    where: {
      roles: { some: { role: 'MENTOR' } },
      ...(q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { organization: { contains: q, mode: 'insensitive' } }, { mentorProfile: { expertise: { has: q } } }] } : {}),
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      name: true,
      organization: true,
      mentorProfile: { select: { expertise: true, offer: true } },
      _count: { select: { mentorships: { where: { status: 'ACTIVE' } } } },
    },
  });
}

export async function findMentor(id: string) {
  return db.user.findFirst({
    where: { id, roles: { some: { role: 'MENTOR' } } },
    select: {
      id: true,
      name: true,
      organization: true,
      bio: true,
      mentorProfile: { select: { expertise: true, offer: true } },
      officeHours: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }], select: { id: true, weekday: true, startMinute: true, endMinute: true } },
    },
  });
}

/** Free slot starts of a mentor for the next days (booked ones removed). */
export async function listFreeSlots(mentorId: string, minutes: number, now = new Date()) {
  const [hours, booked] = await Promise.all([
    db.officeHour.findMany({ where: { mentorId }, select: { weekday: true, startMinute: true, endMinute: true } }),
    db.mentoringSession.findMany({ where: { mentorId, status: 'BOOKED', endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } }),
  ]);
  return upcomingSlots(hours, minutes, now, BOOKING_HORIZON_DAYS).filter((start) => {
    const end = start.getTime() + minutes * 60_000;
    return !booked.some((b) => b.startsAt.getTime() < end && start.getTime() < b.endsAt.getTime());
  });
}

const mentorshipSelect = {
  id: true,
  status: true,
  message: true,
  responseMessage: true,
  createdAt: true,
  mentor: { select: { id: true, name: true, organization: true } },
  project: { select: { id: true, name: true, pitch: true } },
  requestedBy: { select: { name: true } },
} as const;

/** Mentorships where the member is the mentor. */
export async function listMentorshipsAsMentor(actor: Actor) {
  return db.mentorship.findMany({
    where: { mentorId: actor.id, status: { in: ['REQUESTED', 'ACTIVE'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: mentorshipSelect,
  });
}

/** Mentorships of the member's projects. */
export async function listMentorshipsAsMentee(actor: Actor) {
  return db.mentorship.findMany({
    where: { project: { members: { some: { userId: actor.id } } }, status: { in: ['REQUESTED', 'ACTIVE', 'DECLINED'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: mentorshipSelect,
  });
}

/** Sessions the member takes part in (as mentor or as a team member), upcoming or recent. */
export async function listMySessions(actor: Actor, opts: { upcomingOnly?: boolean } = {}) {
  const now = new Date();
  return db.mentoringSession.findMany({
    where: {
      mentorship: { OR: [{ mentorId: actor.id }, { project: { members: { some: { userId: actor.id } } } }] },
      ...(opts.upcomingOnly ? { status: 'BOOKED' as const, startsAt: { gt: now } } : { startsAt: { gt: new Date(now.getTime() - 30 * 86_400_000) } }),
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 50,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      topic: true,
      status: true,
      mentorId: true,
      mentorNote: true,
      menteeNote: true,
      rating: true,
      feedback: true,
      mentorship: { select: { id: true, mentor: { select: { name: true } }, project: { select: { id: true, name: true } } } },
    },
  });
}

export async function findMyMentorProfile(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      mentorProfile: { select: { expertise: true, offer: true } },
      officeHours: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }], select: { id: true, weekday: true, startMinute: true, endMinute: true } },
    },
  });
}
