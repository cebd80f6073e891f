import type { WaitlistStatus } from '@/lib/generated/prisma/enums';

/** How long a freed seat is held for the first person waiting (cut short by the event's start). */
export const WAITLIST_OFFER_HOURS = 24;

/**
 * The only transitions of a waitlist entry; the service applies each with a conditional
 * `updateMany({ where: { id, status: { in: sourcesOf(to) } } })`, so a stale page, a second
 * click or a second job runner is a clean STATE_CHANGED / no-op.
 */
export const WAITLIST_TRANSITIONS = {
  WAITING: ['OFFERED', 'LEFT'],
  OFFERED: ['ACCEPTED', 'DECLINED', 'EXPIRED'],
  ACCEPTED: [],
  DECLINED: [],
  EXPIRED: [],
  LEFT: [],
} as const satisfies Record<WaitlistStatus, readonly WaitlistStatus[]>;

export const OPEN_WAITLIST_STATUSES = ['WAITING', 'OFFERED'] as const satisfies readonly WaitlistStatus[];

export function waitlistSourcesOf(to: WaitlistStatus): WaitlistStatus[] {
  return (Object.keys(WAITLIST_TRANSITIONS) as WaitlistStatus[]).filter((from) => (WAITLIST_TRANSITIONS[from] as readonly WaitlistStatus[]).includes(to));
}

/** The seat is held until 24 hours after the offer, or until the event starts if that is sooner. */
export function offerExpiry(now: Date, startsAt: Date): Date {
  const held = new Date(now.getTime() + WAITLIST_OFFER_HOURS * 3_600_000);
  return held < startsAt ? held : startsAt;
}

/** A full, published event with a seat limit that has not started offers a waitlist. */
export function offersWaitlist(event: { status: string; startsAt: Date; capacity: number | null; seatsTaken: number }, now: Date): boolean {
  return event.status === 'PUBLISHED' && event.startsAt > now && event.capacity !== null && event.seatsTaken >= event.capacity;
}

export function isOfferOpen(entry: { status: WaitlistStatus; offerExpiresAt: Date | null }, now: Date): boolean {
  return entry.status === 'OFFERED' && entry.offerExpiresAt !== null && entry.offerExpiresAt > now;
}
