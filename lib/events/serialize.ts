import { toLocalIso } from '@/lib/bookings/time';
import type { EventCard } from './queries';
import { DEFAULT_TIME_ZONE, seatsLeft } from './policy';

/** The API's shape of an event: times as ISO 8601 with the offset of the event's space. */
export function eventCardJson(e: EventCard) {
  const tz = e.space?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    format: e.format,
    status: e.status,
    location: e.location || null,
    space: e.space ? { id: e.space.id, name: e.space.name } : null,
    timeZone: tz,
    startsAt: toLocalIso(e.startsAt, tz),
    endsAt: toLocalIso(e.endsAt, tz),
    capacity: e.capacity,
    seatsLeft: seatsLeft(e),
  };
}
