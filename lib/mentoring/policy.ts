import type { MentorshipStatus, SessionStatus } from '@/lib/generated/prisma/enums';
import { DEFAULT_TIME_ZONE } from '@/lib/time';

/** Office hours and bookings are expressed in the space's time zone. */
export const MENTORING_TIME_ZONE = DEFAULT_TIME_ZONE;
export const SESSION_MINUTES = [30, 60] as const;
/** How far ahead a mentee may book. */
export const BOOKING_HORIZON_DAYS = 14;

export const MENTORSHIP_TRANSITIONS = {
  REQUESTED: ['ACTIVE', 'DECLINED'],
  ACTIVE: ['ENDED'],
  DECLINED: [],
  ENDED: [],
} satisfies Record<MentorshipStatus, readonly MentorshipStatus[]>;

/** A booked session is cancelled before it starts (by either side, or when the mentorship ends). */
export const SESSION_TRANSITIONS = {
  BOOKED: ['CANCELLED'],
  CANCELLED: [],
} satisfies Record<SessionStatus, readonly SessionStatus[]>;

export function canCancelSession(session: { status: string; startsAt: Date }, now: Date): boolean {
  return session.status === 'BOOKED' && session.startsAt > now;
}

/** Notes and ratings come after the session. */
export function canReview(session: { status: string; endsAt: Date }, now: Date): boolean {
  return session.status === 'BOOKED' && session.endsAt <= now;
}

export function minutesToTime(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
