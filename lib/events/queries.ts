import { cache } from 'react';
import 'server-only';
import { db } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EventSearch } from './schemas';

const cardSelect = {
  id: true,
  title: true,
  coverKey: true,
  summary: true,
  kind: true,
  format: true,
  location: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  seatsTaken: true,
  status: true,
  cancelReason: true,
  space: { select: { id: true, name: true, timeZone: true } },
} satisfies Prisma.EventSelect;

export type EventCard = Prisma.EventGetPayload<{ select: typeof cardSelect }>;

/**
 * Published events that have not started yet, soonest first. Ordered by (startsAt, id), the
 * index (status, startsAt, id); the cursor is the last id, so pages never repeat or skip.
 */
export async function listUpcomingEvents(params: EventSearch, now = new Date()): Promise<{ items: EventCard[]; nextCursor: string | null }> {
  const rows = await db.event.findMany({
    where: { status: 'PUBLISHED', startsAt: { gt: now }, ...(params.kind ? { kind: params.kind } : {}) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    select: cardSelect,
  });
  const page = rows.slice(0, params.limit);
  return { items: page, nextCursor: rows.length > params.limit ? page[page.length - 1].id : null };
}

/**
 * One event as the viewer may see it: published and cancelled ones for everyone, drafts only for
 * operators. The viewer's own current registration comes along.
 */
export async function findEvent(viewer: Actor | null, id: string) {
  const manager = can(viewer, 'event:manage');
  const event = await db.event.findFirst({
    where: manager ? { id } : { id, status: { not: 'DRAFT' } },
    select: {
      ...cardSelect,
      description: true,
      publishedAt: true,
      space: { select: { id: true, name: true, address: true, timeZone: true } },
      organizer: { select: { id: true, name: true } },
      certification: { select: { id: true, name: true } },
    },
  });
  if (!event) return null;
  const myRegistration = viewer
    ? await db.eventRegistration.findFirst({
        where: { eventId: id, userId: viewer.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, status: true, createdAt: true },
      })
    : null;
  return { ...event, myRegistration, manager };
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

/** The member's registrations for events that have not ended, soonest first (the dashboard card). */
export async function listMyUpcomingRegistrations(actor: Actor, take = 5, now = new Date()) {
  const where = { userId: actor.id, status: { in: ['REGISTERED', 'ATTENDED'] }, event: { endsAt: { gt: now }, status: { not: 'DRAFT' } } } satisfies Prisma.EventRegistrationWhereInput;
  const [items, count] = await Promise.all([
    db.eventRegistration.findMany({
      where,
      orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
      take,
      select: { id: true, status: true, event: { select: cardSelect } },
    }),
    db.eventRegistration.count({ where }),
  ]);
  return { items, count };
}

/** The operator's list: events still to come (any status) soonest first, and the last month's past ones. */
export async function listEventsForOperator(actor: Actor, now = new Date()) {
  assertCan(actor, 'event:manage');
  const select = { ...cardSelect, _count: { select: { registrations: { where: { status: 'ATTENDED' } } } } } satisfies Prisma.EventSelect;
  const [upcoming, past] = await Promise.all([
    db.event.findMany({ where: { endsAt: { gt: now } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 100, select }),
    db.event.findMany({ where: { endsAt: { lte: now }, startsAt: { gt: new Date(now.getTime() - 60 * 86_400_000) } }, orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take: 50, select }),
  ]);
  return { upcoming, past };
}

/** One event with everything the operator edits, and its registrations (active ones first). */
// cache(): the layout and the page ask for the same row in one request.
export const findEventForOperator = cache(async function findEventForOperator(actor: Actor, id: string) {
  assertCan(actor, 'event:manage');
  return db.event.findUnique({
    where: { id },
    select: {
      ...cardSelect,
      description: true,
      spaceId: true,
      certificationId: true,
      space: { select: { id: true, name: true, timeZone: true } },
      organizer: { select: { id: true, name: true } },
      certification: { select: { id: true, name: true } },
      registrations: {
        orderBy: [{ status: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, status: true, createdAt: true, attendedAt: true, user: { select: { id: true, name: true, email: true, organization: true } } },
      },
    },
  });
});
export type OperatorEvent = NonNullable<Awaited<ReturnType<typeof findEventForOperator>>>;

/** Choices of the event form: spaces (with their clocks) and certifications a training may grant. */
export async function listEventFormOptions(actor: Actor) {
  assertCan(actor, 'event:manage');
  const [spaces, certifications] = await Promise.all([
    db.space.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, timeZone: true } }),
    db.certification.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  return { spaces, certifications };
}

/** The next published training that grants a certification (the machine page points to it). */
export async function findNextTraining(certificationId: string, now = new Date()) {
  const e = await db.event.findFirst({
    where: { certificationId, kind: 'TRAINING', status: 'PUBLISHED', startsAt: { gt: now } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, startsAt: true, endsAt: true, location: true, capacity: true, seatsTaken: true },
  });
  return e ? { ...e, full: e.capacity !== null && e.seatsTaken >= e.capacity } : null;
}
