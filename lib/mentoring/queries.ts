import { cache } from 'react';
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { BOOKING_HORIZON_DAYS } from './policy';
import { localSlot, matchingOfficeHour, upcomingSlots } from './time';
import { sessionIcs } from './ics';
import { containsText, escapeLike } from '@/lib/search';

/** Members holding the MENTOR role, with their profile, searched by name or expertise. */
export async function listMentors(params: { q?: string } = {}) {
  const q = params.q?.trim();
  // Part of a tag matches ("硬件" finds "智能硬件"): Prisma filters arrays by whole elements only.
  const byTag = q
    ? (await db.$queryRaw<{ userId: string }[]>`
        SELECT "userId" FROM "MentorProfile"
        WHERE EXISTS (SELECT 1 FROM unnest(expertise) AS e WHERE e ILIKE ${`%${escapeLike(q)}%`} ESCAPE '\\')`).map((r) => r.userId)
    : [];
  return db.user.findMany({
    where: {
      roles: { some: { role: 'MENTOR' } },
      ...(q
        ? {
            OR: [
              { name: containsText(q) },
              { organization: containsText(q) },
              { bio: containsText(q) },
              { mentorProfile: { offer: containsText(q) } },
              { id: { in: byTag } },
            ],
          }
        : {}),
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

// cache(): the layout and the page ask for the same row in one request.
export const findMentor = cache(async function findMentor(id: string) {
  return db.user.findFirst({
    where: { id, roles: { some: { role: 'MENTOR' } } },
    select: {
      id: true,
      name: true,
      organization: true,
      bio: true,
      mentorProfile: { select: { expertise: true, offer: true } },
      officeHours: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }], select: { id: true, weekday: true, startMinute: true, endMinute: true, location: true } },
    },
  });
});

/** The mentor's days off from today on, as YYYY-MM-DD on the mentoring clock. */
export async function listDaysOff(mentorId: string, now = new Date()): Promise<string[]> {
  const rows = await db.mentorDayOff.findMany({ where: { mentorId, day: { gte: localSlot(now).day } }, orderBy: { day: 'asc' }, select: { day: true } });
  return rows.map((r) => r.day);
}

/**
 * Free slots of a mentor for the next days: inside the weekly hours, not on a day off, not
 * overlapping a booked session (`ignoreSessionId`: the session being moved does not block itself).
 */
export async function listOpenSlots(mentorId: string, minutes: number, now = new Date(), ignoreSessionId?: string) {
  const [hours, booked, daysOff] = await Promise.all([
    db.officeHour.findMany({ where: { mentorId }, select: { weekday: true, startMinute: true, endMinute: true, location: true } }),
    db.mentoringSession.findMany({ where: { mentorId, status: 'BOOKED', endsAt: { gt: now }, ...(ignoreSessionId ? { id: { not: ignoreSessionId } } : {}) }, select: { startsAt: true, endsAt: true } }),
    listDaysOff(mentorId, now),
  ]);
  const off = new Set(daysOff);
  return upcomingSlots(hours, minutes, now, BOOKING_HORIZON_DAYS, off)
    .map((start) => ({ startsAt: start, endsAt: new Date(start.getTime() + minutes * 60_000) }))
    .filter((slot) => !booked.some((b) => b.startsAt < slot.endsAt && slot.startsAt < b.endsAt))
    .map((slot) => ({ ...slot, location: matchingOfficeHour(hours, slot.startsAt, slot.endsAt, off)?.location ?? '' }));
}

/** Free slot starts of a mentor for the next days (booked ones removed). */
export async function listFreeSlots(mentorId: string, minutes: number, now = new Date()) {
  return (await listOpenSlots(mentorId, minutes, now)).map((s) => s.startsAt);
}

/** The active mentorships of the member's projects, with what booking needs (the mentee side). */
export async function listMyMentors(actor: Actor) {
  return db.mentorship.findMany({
    where: { status: 'ACTIVE', project: { members: { some: { userId: actor.id } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, mentor: { select: { id: true, name: true, organization: true, mentorProfile: { select: { expertise: true } } } }, project: { select: { id: true, name: true } } },
  });
}

/**
 * One active mentorship of the member's projects, for the booking page; null if not theirs.
 * Once per request (keyed on the two ids): the layout decides the 404 and the page reads it again.
 */
export function findMentorshipToBook(actor: Actor, mentorshipId: string) {
  return mentorshipToBook(actor.id, mentorshipId);
}

const mentorshipToBook = cache(async function mentorshipToBook(actorId: string, mentorshipId: string) {
  return db.mentorship.findFirst({
    where: { id: mentorshipId, status: 'ACTIVE', project: { members: { some: { userId: actorId } } } },
    select: { id: true, mentorId: true, mentor: { select: { name: true, organization: true } }, project: { select: { name: true } } },
  });
});

/** A session the member takes part in, with its calendar file; null for anyone else. Once per request. */
export function findMySession(actor: Actor, sessionId: string) {
  return mySession(actor.id, sessionId);
}

const mySession = cache(async function mySession(actorId: string, sessionId: string) {
  const s = await db.mentoringSession.findFirst({
    where: { id: sessionId, mentorship: { OR: [{ mentorId: actorId }, { project: { members: { some: { userId: actorId } } } }] } },
    select: {
      id: true, startsAt: true, endsAt: true, topic: true, location: true, status: true, mentorId: true, rating: true, feedback: true,
      mentor: { select: { name: true } },
      mentorship: { select: { id: true, status: true, project: { select: { id: true, name: true } } } },
    },
  });
  if (!s) return null;
  return { ...s, ics: sessionIcs({ ...s, mentorName: s.mentor.name, projectName: s.mentorship.project.name }) };
});

const mentorshipSelect = {
  id: true,
  status: true,
  message: true,
  responseMessage: true,
  createdAt: true,
  mentor: { select: { id: true, name: true, organization: true } },
  project: { select: { id: true, name: true, pitch: true, visibility: true } },
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
      bookedById: true,
      mentorNote: true,
      menteeNote: true,
      rating: true,
      feedback: true,
      location: true,
      mentorship: { select: { id: true, mentor: { select: { name: true } }, project: { select: { id: true, name: true } } } },
    },
  });
}

export async function findMyMentorProfile(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      mentorProfile: { select: { expertise: true, offer: true } },
      officeHours: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }], select: { id: true, weekday: true, startMinute: true, endMinute: true, location: true } },
    },
  });
}
