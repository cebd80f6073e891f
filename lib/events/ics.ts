import 'server-only';
import ical, { ICalEventStatus } from 'ical-generator';

type IcsEvent = {
  id: string;
  title: string;
  summary: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  space: { name: string; address?: string } | null;
};

/** One event as an iCalendar document (UTC instants; the calendar app shows them in its own zone). */
export function eventToIcs(event: IcsEvent, url: string): string {
  const cal = ical({ name: event.title, prodId: { company: 'Zhongchuang Space', product: 'events', language: 'ZH' } });
  cal.createEvent({
    id: `event-${event.id}@zhongchuang.space`,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description: event.summary || undefined,
    location: [event.space?.name, event.space?.address, event.location].filter(Boolean).join(' · ') || undefined,
    url,
    status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
