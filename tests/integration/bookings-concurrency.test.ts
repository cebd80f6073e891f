import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createBooking } from '@/lib/bookings/service';
import { zonedInstant } from '@/lib/bookings/time';
import { createResource, createUser } from '../factories';

const NOW = new Date('2030-01-07T00:00:00Z');
const at = (hhmm: string) => zonedInstant('2030-01-08', hhmm, 'Asia/Shanghai');

describe('fifty members at once', () => {
  it('lets exactly one of 50 parallel attempts at the same slot win; the others get SLOT_TAKEN', async () => {
    const room = await createResource();
    const members = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    const results = await Promise.all(members.map((m) => createBooking(m, { resourceId: room.id, startsAt: at('10:00'), durationMinutes: 60 }, NOW)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(49).fill('SLOT_TAKEN'));
    expect(await db.booking.count({ where: { resourceId: room.id } })).toBe(1);
  });

  it('lets exactly one of 50 overlapping but different ranges win', async () => {
    const room = await createResource({ maxMinutes: 600 });
    const members = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    // Every range contains 13:00-13:30, so any two overlap.
    const results = await Promise.all(
      members.map((m, i) => {
        const startHour = 8 + (i % 5);
        return createBooking(m, { resourceId: room.id, startsAt: at(`${String(startHour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`), durationMinutes: (14 - startHour) * 60 }, NOW);
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(49).fill('SLOT_TAKEN'));
  });
});
