import { describe, expect, it } from 'vitest';
import { createBooking, ensureCalendarFeedToken } from '@/lib/bookings/service';
import { listFeedBookings } from '@/lib/bookings/queries';
import { bookingsToIcs } from '@/lib/bookings/ics';
import { zonedInstant } from '@/lib/bookings/time';
import { createResource, createUser } from '../factories';

describe('iCalendar feed', () => {
  it("serves the member's bookings behind a stable secret token, and nothing for an unknown token", async () => {
    const [member, other, room] = await Promise.all([createUser(), createUser(), createResource({ name: '会议室「问天」测试', horizonDays: 365 * 10 })]);
    const startsAt = zonedInstant('2030-01-08', '10:00', 'Asia/Shanghai');
    const r = await createBooking(member, { resourceId: room.id, startsAt, durationMinutes: 60 }, new Date('2030-01-07T00:00:00Z'));
    expect(r.ok).toBe(true);
    const token = await ensureCalendarFeedToken(member);
    expect(await ensureCalendarFeedToken(member)).toBe(token);
    expect(await ensureCalendarFeedToken(other)).not.toBe(token);

    const feed = await listFeedBookings(token);
    expect(feed?.bookings).toHaveLength(1);
    const ics = bookingsToIcs(feed!.name, feed!.bookings);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART:20300108T020000Z');
    expect(ics).toContain('SUMMARY:会议室「问天」测试');
    expect(await listFeedBookings('not-a-token')).toBeNull();
  });
});
