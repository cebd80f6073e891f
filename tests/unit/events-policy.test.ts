import { describe, expect, it } from 'vitest';
import { ALL_ROLES, can } from '@/lib/auth/permissions';
import { canCancelRegistration, canMarkAttendance, canPublish, eventDayStart, EVENT_TRANSITIONS, isRegistrationOpen, seatsLeft } from '@/lib/events/policy';
import { sourcesOf } from '@/lib/state-machine';

const now = new Date('2099-05-10T02:00:00Z');
const event = { status: 'PUBLISHED' as const, startsAt: new Date('2099-05-10T06:00:00Z'), endsAt: new Date('2099-05-10T08:00:00Z'), capacity: 2, seatsTaken: 1 };

describe('event policy', () => {
  it('keeps registration open only while published, before the start and with a free seat', () => {
    expect(isRegistrationOpen(event, now)).toBe(true);
    expect(isRegistrationOpen({ ...event, seatsTaken: 2 }, now)).toBe(false);
    expect(isRegistrationOpen({ ...event, capacity: null, seatsTaken: 500 }, now)).toBe(true);
    expect(isRegistrationOpen({ ...event, status: 'DRAFT' }, now)).toBe(false);
    expect(isRegistrationOpen({ ...event, status: 'CANCELLED' }, now)).toBe(false);
    expect(isRegistrationOpen(event, event.startsAt)).toBe(false);
  });

  it('counts seats left, or none for an unlimited event', () => {
    expect(seatsLeft(event)).toBe(1);
    expect(seatsLeft({ capacity: null, seatsTaken: 3 })).toBeNull();
  });

  it('lets a member withdraw only a live registration before the start', () => {
    expect(canCancelRegistration(event, { status: 'REGISTERED' }, now)).toBe(true);
    expect(canCancelRegistration(event, { status: 'ATTENDED' }, now)).toBe(false);
    expect(canCancelRegistration(event, { status: 'REGISTERED' }, event.startsAt)).toBe(false);
  });

  it('opens attendance at midnight of the event day on the space clock', () => {
    // 14:00 in Shanghai is 06:00 UTC; the local day starts at 16:00 UTC the day before.
    expect(eventDayStart(event.startsAt, 'Asia/Shanghai').toISOString()).toBe('2099-05-09T16:00:00.000Z');
    expect(canMarkAttendance(event, { status: 'REGISTERED' }, 'Asia/Shanghai', new Date('2099-05-09T15:59:00Z'))).toBe(false);
    expect(canMarkAttendance(event, { status: 'REGISTERED' }, 'Asia/Shanghai', new Date('2099-05-09T16:00:00Z'))).toBe(true);
    expect(canMarkAttendance(event, { status: 'REGISTERED' }, 'Europe/London', new Date('2099-05-09T16:00:00Z'))).toBe(false);
    expect(canMarkAttendance({ ...event, status: 'CANCELLED' }, { status: 'REGISTERED' }, 'Asia/Shanghai', now)).toBe(false);
  });

  it('publishes only drafts that have not started, and cancels drafts or published events', () => {
    expect(canPublish({ status: 'DRAFT', startsAt: event.startsAt }, now)).toBe(true);
    expect(canPublish({ status: 'PUBLISHED', startsAt: event.startsAt }, now)).toBe(false);
    expect(sourcesOf(EVENT_TRANSITIONS, 'CANCELLED').sort()).toEqual(['DRAFT', 'PUBLISHED']);
  });

  it('lets only operators and admins manage events, and every member register', () => {
    for (const role of ALL_ROLES) expect(can({ id: 'u', roles: [role] }, 'event:manage')).toBe(role === 'OPERATOR' || role === 'ADMIN');
    expect(can({ id: 'u', roles: [] }, 'event:register')).toBe(true);
    expect(can({ id: 'u', roles: [] }, 'event:manage')).toBe(false);
  });
});
