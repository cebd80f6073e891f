import type { BookingStatus, ResourceKind } from '@/lib/generated/prisma/enums';
import type { ErrorCode } from '@/lib/errors';
import { localDateKey, localMinutes, MINUTE, openingWindow, overlaps, type Closure, type OpeningHours } from './time';

export const RESOURCE_KINDS = ['HOT_DESK', 'FIXED_DESK', 'MEETING_ROOM', 'EQUIPMENT', 'WORKSHOP_AREA'] as const satisfies readonly ResourceKind[];

export type BookingRules = {
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  noticeMinutes: number;
  horizonDays: number;
  bufferMinutes: number;
  requiresApproval: boolean;
  weeklyQuotaHours: number | null;
};

/** Sensible starting rules per kind; an operator adjusts them per resource. */
export const KIND_DEFAULTS: Record<ResourceKind, BookingRules> = {
  HOT_DESK: { slotMinutes: 60, minMinutes: 60, maxMinutes: 720, noticeMinutes: 0, horizonDays: 7, bufferMinutes: 0, requiresApproval: false, weeklyQuotaHours: 40 },
  FIXED_DESK: { slotMinutes: 60, minMinutes: 240, maxMinutes: 720, noticeMinutes: 60, horizonDays: 30, bufferMinutes: 0, requiresApproval: true, weeklyQuotaHours: null },
  MEETING_ROOM: { slotMinutes: 30, minMinutes: 30, maxMinutes: 240, noticeMinutes: 0, horizonDays: 14, bufferMinutes: 0, requiresApproval: false, weeklyQuotaHours: 10 },
  EQUIPMENT: { slotMinutes: 30, minMinutes: 30, maxMinutes: 240, noticeMinutes: 60, horizonDays: 14, bufferMinutes: 15, requiresApproval: true, weeklyQuotaHours: 8 },
  WORKSHOP_AREA: { slotMinutes: 60, minMinutes: 60, maxMinutes: 480, noticeMinutes: 120, horizonDays: 30, bufferMinutes: 30, requiresApproval: true, weeklyQuotaHours: null },
};

/** Statuses that hold a slot (the overlap trigger uses the same list). */
export const ACTIVE_STATUSES = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const satisfies readonly BookingStatus[];

export type RuleInput = {
  resource: BookingRules & { active: boolean };
  space: { timeZone: string; openingHours: OpeningHours; closures: readonly Closure[] };
  startsAt: Date;
  endsAt: Date;
  now: Date;
  maintenance: readonly { startsAt: Date; endsAt: Date }[];
};

/**
 * The time rules of one booking, pure so the calendar and the service agree. Returns the
 * `errors` catalog key of the first rule broken (with `:n` where the message shows a number),
 * or null. Certification and quota need the database and are checked by the service.
 */
export function checkTimeRules({ resource: r, space, startsAt, endsAt, now, maintenance }: RuleInput): { code: ErrorCode; message: string } | null {
  if (!r.active) return { code: 'RESOURCE_INACTIVE', message: 'resourceInactive' };
  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
  if (!(minutes > 0)) return { code: 'INVALID_RANGE', message: 'bookingRangeInvalid' };
  if (startsAt < now) return { code: 'IN_PAST', message: 'bookingInPast' };
  if (localMinutes(startsAt, space.timeZone) % r.slotMinutes !== 0 || minutes % r.slotMinutes !== 0 || startsAt.getSeconds() !== 0 || startsAt.getMilliseconds() !== 0) {
    return { code: 'NOT_ALIGNED', message: `bookingNotAligned:${r.slotMinutes}` };
  }
  if (minutes < r.minMinutes) return { code: 'TOO_SHORT', message: `bookingTooShort:${r.minMinutes}` };
  if (minutes > r.maxMinutes) return { code: 'TOO_LONG', message: `bookingTooLong:${r.maxMinutes}` };
  if (startsAt.getTime() < now.getTime() + r.noticeMinutes * MINUTE) return { code: 'TOO_LITTLE_NOTICE', message: `bookingNotice:${r.noticeMinutes}` };
  if (startsAt.getTime() > now.getTime() + r.horizonDays * 24 * 60 * MINUTE) return { code: 'BEYOND_HORIZON', message: `bookingHorizon:${r.horizonDays}` };

  const day = localDateKey(startsAt, space.timeZone);
  if (space.closures.some((c) => c.startDate.toISOString().slice(0, 10) <= day && day <= c.endDate.toISOString().slice(0, 10))) {
    return { code: 'SPACE_CLOSED', message: 'spaceClosed' };
  }
  const window = openingWindow(space, day);
  if (!window || startsAt < window.start || endsAt > window.end) return { code: 'OUTSIDE_OPENING_HOURS', message: 'outsideOpeningHours' };
  if (maintenance.some((m) => overlaps(startsAt, endsAt, m.startsAt, m.endsAt))) return { code: 'UNDER_MAINTENANCE', message: 'underMaintenance' };
  return null;
}

/** The values of the operator's resource form. */
export type ResourceValues = BookingRules & {
  resourceId?: string;
  spaceId: string;
  kind: ResourceKind;
  name: string;
  description: string;
  zone: string;
  capacity: number;
  active: boolean;
  requiredCertificationId: string;
};

export function newResourceValues(spaceId: string): ResourceValues {
  return { spaceId, kind: 'MEETING_ROOM', name: '', description: '', zone: '', capacity: 1, active: true, requiredCertificationId: '', ...KIND_DEFAULTS.MEETING_ROOM };
}
