import 'server-only';
import ical, { ICalEventStatus } from 'ical-generator';

type IcsBooking = {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  note: string;
  resource: { name: string; zone: string; space: { name: string; timeZone: string } };
};

/** An iCalendar document of bookings (times as UTC instants with the space's zone as TZID hint). */
export function bookingsToIcs(name: string, bookings: readonly IcsBooking[]): string {
  const cal = ical({ name, prodId: { company: 'Zhongchuang Space', product: 'bookings', language: 'ZH' } });
  for (const b of bookings) {
    cal.createEvent({
      id: `${b.id}@zhongchuang.space`,
      start: b.startsAt,
      end: b.endsAt,
      summary: b.resource.name,
      location: [b.resource.space.name, b.resource.zone].filter(Boolean).join(' · '),
      description: b.note || undefined,
      status: b.status === 'PENDING' ? ICalEventStatus.TENTATIVE : b.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
