import 'server-only';
import ical, { ICalEventStatus } from 'ical-generator';

/** One session as an iCalendar document (instants in UTC; the mail and the page offer it). */
export function sessionIcs(s: { id: string; startsAt: Date; endsAt: Date; topic: string; location?: string; status?: string; mentorName: string; projectName: string }): string {
  const cal = ical({ name: s.projectName, prodId: { company: 'Zhongchuang Space', product: 'mentoring', language: 'ZH' } });
  const link = s.location && /^https?:\/\//.test(s.location) ? s.location : undefined;
  cal.createEvent({
    id: `mentoring-${s.id}@zhongchuang.space`,
    start: s.startsAt,
    end: s.endsAt,
    summary: `${s.mentorName} · ${s.projectName}`,
    description: s.topic || undefined,
    location: s.location || undefined,
    url: link,
    status: s.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
