import { localDateKey, zonedInstant } from '@/lib/bookings/time';
import type { EventFormat, EventKind, EventRegistrationStatus, EventStatus } from '@/lib/generated/prisma/enums';
import { canTransition } from '@/lib/state-machine';

export const EVENT_KINDS = ['TRAINING', 'WORKSHOP', 'TALK', 'DEMO_DAY', 'HACKATHON', 'MEETUP'] as const satisfies readonly EventKind[];
export const EVENT_FORMATS = ['ON_SITE', 'ONLINE'] as const satisfies readonly EventFormat[];

/** The clock of an event without a space (online): the platform's default zone. */
export { DEFAULT_TIME_ZONE } from '@/lib/time';

/**
 * The only transitions an event knows. The service applies each with
 * `updateMany({ where: { id, status: { in: sourcesOf(EVENT_TRANSITIONS, to) } } })`, so a stale
 * page is a clean STATE_CHANGED.
 */
export const EVENT_TRANSITIONS = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['CANCELLED'],
  CANCELLED: [],
} satisfies Record<EventStatus, readonly EventStatus[]>;

export const REGISTRATION_TRANSITIONS = {
  REGISTERED: ['CANCELLED', 'ATTENDED'],
  CANCELLED: [],
  ATTENDED: [],
} satisfies Record<EventRegistrationStatus, readonly EventRegistrationStatus[]>;

type EventState = { status: EventStatus; startsAt: Date; endsAt: Date; capacity: number | null; seatsTaken: number };

export function seatsLeft(event: Pick<EventState, 'capacity' | 'seatsTaken'>): number | null {
  return event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken);
}

/** Registration is open from publishing until the event starts, while a seat is free. */
export function isRegistrationOpen(event: EventState, now: Date): boolean {
  return event.status === 'PUBLISHED' && event.startsAt > now && (event.capacity === null || event.seatsTaken < event.capacity);
}

/** A member may withdraw until the event starts. */
export function canCancelRegistration(event: Pick<EventState, 'startsAt'>, registration: { status: EventRegistrationStatus }, now: Date): boolean {
  return registration.status === 'REGISTERED' && event.startsAt > now;
}

/** Midnight of the event's first day on its space's clock. */
export function eventDayStart(startsAt: Date, timeZone: string): Date {
  return zonedInstant(localDateKey(startsAt, timeZone), '00:00', timeZone);
}

/** Operators mark attendance from the start of the event's local day on (roll call at the door). */
export function canMarkAttendance(event: Pick<EventState, 'status' | 'startsAt'>, registration: { status: EventRegistrationStatus }, timeZone: string, now: Date): boolean {
  return event.status === 'PUBLISHED' && registration.status === 'REGISTERED' && now >= eventDayStart(event.startsAt, timeZone);
}

/** Operators edit drafts and published events until they end; a cancelled event is final. */
export function isEditable(event: Pick<EventState, 'status' | 'endsAt'>, now: Date): boolean {
  return event.status !== 'CANCELLED' && event.endsAt > now;
}

export function canPublish(event: Pick<EventState, 'status' | 'startsAt'>, now: Date): boolean {
  return event.status === 'DRAFT' && event.startsAt > now;
}

export function canCancelEvent(event: Pick<EventState, 'status' | 'endsAt'>, now: Date): boolean {
  return canTransition(EVENT_TRANSITIONS, event.status, 'CANCELLED') && event.endsAt > now;
}
