import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { can, type Actor } from '@/lib/auth/permissions';
import { canTransition } from '@/lib/state-machine';

/** The only transitions a booking knows; the service applies each with a conditional update. */
export const BOOKING_TRANSITIONS = {
  PENDING: ['CONFIRMED', 'REJECTED', 'CANCELLED'],
  CONFIRMED: ['CHECKED_IN', 'CANCELLED', 'NO_SHOW', 'COMPLETED'],
  CHECKED_IN: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  REJECTED: [],
  NO_SHOW: [],
} satisfies Record<BookingStatus, readonly BookingStatus[]>;

/** Check-in opens this long before the start; after this long past the start, a no-show may be marked. */
export const CHECK_IN_EARLY_MINUTES = 15;
export const NO_SHOW_AFTER_MINUTES = 15;

type B = { userId: string; status: BookingStatus; startsAt: Date; endsAt: Date };

export function isOperator(actor: Actor): boolean {
  return can(actor, 'space:operate');
}

/** Members cancel their own booking before it starts; operators cancel any active booking not yet checked in. */
export function canCancel(b: B, actor: Actor, now: Date): boolean {
  if (!canTransition(BOOKING_TRANSITIONS, b.status, 'CANCELLED')) return false;
  if (isOperator(actor)) return true;
  return b.userId === actor.id && now < b.startsAt;
}

export function canCheckIn(b: B, actor: Actor, now: Date): boolean {
  if (!canTransition(BOOKING_TRANSITIONS, b.status, 'CHECKED_IN')) return false;
  if (b.userId !== actor.id && !isOperator(actor)) return false;
  return now.getTime() >= b.startsAt.getTime() - CHECK_IN_EARLY_MINUTES * 60_000 && now < b.endsAt;
}

export function canMarkNoShow(b: B, actor: Actor, now: Date): boolean {
  return isOperator(actor) && canTransition(BOOKING_TRANSITIONS, b.status, 'NO_SHOW') && now.getTime() >= b.startsAt.getTime() + NO_SHOW_AFTER_MINUTES * 60_000;
}
