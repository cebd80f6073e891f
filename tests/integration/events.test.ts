import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { cancelEvent, cancelRegistration, createEvent as createEventService, markAttendance, publishEvent, registerForEvent, updateEvent } from '@/lib/events/service';
import { findEvent, listMyUpcomingRegistrations } from '@/lib/events/queries';
import { eventSchema, updateEventSchema } from '@/lib/events/schemas';
import { sqlState } from '@/lib/prisma-errors';
import { createEvent, createSpace, createUser } from '../factories';

function must<T>(r: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function seatsOf(eventId: string) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { seatsTaken: true } });
  const active = await db.eventRegistration.count({ where: { eventId, status: { in: ['REGISTERED', 'ATTENDED'] } } });
  return { counter: event.seatsTaken, active };
}

const form = (spaceId: string, extra: Record<string, string> = {}) =>
  eventSchema.parse({ title: '3D 打印入门培训', kind: 'TRAINING', spaceId, startsAt: '2099-03-01T19:00', endsAt: '2099-03-01T21:00', capacity: '15', ...extra });

describe('creating and publishing events', () => {
  it('lets an operator create a draft on the space clock, publish it and audits both', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const space = await createSpace({ timeZone: 'Europe/Berlin' });
    const { id } = must(await createEventService(operator, form(space.id)));
    const event = await db.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ status: 'DRAFT', organizerId: operator.id, capacity: 15, seatsTaken: 0 });
    // 19:00 in Berlin in March (UTC+1) is 18:00 UTC.
    expect(event.startsAt.toISOString()).toBe('2099-03-01T18:00:00.000Z');
    expect(await publishEvent(operator, id)).toEqual({ ok: true, data: undefined });
    expect(await publishEvent(operator, id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } });
    expect(audit.map((a) => a.action)).toEqual(['event.create', 'event.publish']);
  });

  it('refuses a member creating, publishing, cancelling or marking attendance', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const space = await createSpace();
    const event = await createEvent(operator, { status: 'DRAFT', spaceId: space.id });
    await expect(createEventService(member, form(space.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishEvent(member, event.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelEvent(member, { eventId: event.id, reason: '不想办了' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateEvent(member, updateEventSchema.parse({ eventId: event.id, ...form(space.id), capacity: '3' }))).rejects.toBeInstanceOf(ForbiddenError);
    const published = await createEvent(operator, { startsAt: new Date(Date.now() + HOUR) });
    const reg = must(await registerForEvent(member, published.id));
    await expect(markAttendance(member, reg.id)).rejects.toBeInstanceOf(ForbiddenError);
    // A member never sees a draft.
    expect(await findEvent(member, event.id)).toBeNull();
    expect(await findEvent(operator, event.id)).not.toBeNull();
  });

  it('refuses bad input: end before start, no space for an on-site event, bad capacity, a certification on a non-training', async () => {
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T09:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', format: 'ONLINE', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00' }).success).toBe(true);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00', capacity: '0' }).success).toBe(false);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00', capacity: '2.5' }).success).toBe(false);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: 'tomorrow', endsAt: '2099-01-01T11:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00', certificationId: 'c' }).success).toBe(false);
    expect(eventSchema.parse({ title: 'x', kind: 'TALK', spaceId: 's', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00', capacity: '' }).capacity).toBeNull();

    const operator = await createUser({ roles: ['OPERATOR'] });
    const space = await createSpace();
    expect(await createEventService(operator, form(space.id, { startsAt: '2020-01-01T10:00', endsAt: '2020-01-01T11:00' }))).toMatchObject({ ok: false, fieldErrors: { startsAt: ['eventStartsInPast'] } });
    expect(await createEventService(operator, form('no-such-space'))).toMatchObject({ ok: false, fieldErrors: { spaceId: ['eventSpaceRequired'] } });
    expect(await createEventService(operator, form(space.id, { certificationId: 'no-such-cert' }))).toMatchObject({ ok: false, fieldErrors: { certificationId: ['eventCertificationInvalid'] } });
  });

  it('has PostgreSQL refuse an event that ends before it starts (23514)', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const startsAt = new Date(Date.now() + DAY);
    const error = await createEvent(operator, { startsAt, endsAt: new Date(startsAt.getTime() - HOUR) }).catch((e: unknown) => e);
    expect(sqlState(error)).toBe('23514');
  });

  it('never lowers the capacity below the seats already taken', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const space = await createSpace();
    const { id } = must(await createEventService(operator, form(space.id, { publish: 'yes', capacity: '5' })));
    for (let i = 0; i < 3; i++) must(await registerForEvent(await createUser(), id));
    const lower = await updateEvent(operator, updateEventSchema.parse({ eventId: id, ...form(space.id), capacity: '2', startsAt: '2099-03-01T19:00', endsAt: '2099-03-01T21:00' }));
    expect(lower).toMatchObject({ ok: false, fieldErrors: { capacity: ['eventCapacityBelowTaken'] } });
    const raise = await updateEvent(operator, updateEventSchema.parse({ eventId: id, title: '新标题', kind: 'TRAINING', spaceId: space.id, startsAt: '2099-03-01T19:00', endsAt: '2099-03-01T21:00', capacity: '' }));
    expect(raise.ok).toBe(true);
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: '新标题', capacity: null, seatsTaken: 3 });
  });
});

describe('registering', () => {
  it('gives exactly the capacity under 30 parallel registrations, and clean EVENT_FULL to the rest', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { capacity: 5 });
    const members = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const results = await Promise.all(members.map((m) => registerForEvent(m, event.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toHaveLength(25);
    for (const f of failures) expect(f).toMatchObject({ ok: false, code: 'EVENT_FULL' });
    expect(await seatsOf(event.id)).toEqual({ counter: 5, active: 5 });
  });

  it('refuses a second registration by the same member, even when both arrive at once', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { capacity: 10 });
    const member = await createUser();
    const results = await Promise.all(Array.from({ length: 8 }, () => registerForEvent(member, event.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: 'ALREADY_REGISTERED' });
    expect(await registerForEvent(member, event.id)).toMatchObject({ ok: false, code: 'ALREADY_REGISTERED' });
    expect(await seatsOf(event.id)).toEqual({ counter: 1, active: 1 });
  });

  it('refuses registering for a draft, a cancelled, a started or a past event', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const draft = await createEvent(operator, { status: 'DRAFT' });
    const cancelled = await createEvent(operator, { status: 'CANCELLED' });
    const started = await createEvent(operator, { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
    const past = await createEvent(operator, { startsAt: new Date(Date.now() - 2 * DAY) });
    expect(await registerForEvent(member, draft.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await registerForEvent(member, cancelled.id)).toMatchObject({ ok: false, code: 'EVENT_CANCELLED' });
    expect(await registerForEvent(member, started.id)).toMatchObject({ ok: false, code: 'REGISTRATION_CLOSED' });
    expect(await registerForEvent(member, past.id)).toMatchObject({ ok: false, code: 'REGISTRATION_CLOSED' });
    expect(await registerForEvent(member, 'no-such-event')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.eventRegistration.count({ where: { userId: member.id } })).toBe(0);
  });

  it('frees the seat when a member cancels before the start, and lets them register again', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { capacity: 1 });
    const first = await createUser();
    const second = await createUser();
    must(await registerForEvent(first, event.id));
    expect(await registerForEvent(second, event.id)).toMatchObject({ ok: false, code: 'EVENT_FULL' });
    expect((await listMyUpcomingRegistrations(first)).count).toBe(1);
    expect(await cancelRegistration(first, event.id)).toEqual({ ok: true, data: undefined });
    expect(await cancelRegistration(first, event.id)).toMatchObject({ ok: false, code: 'NOT_REGISTERED' });
    expect((await listMyUpcomingRegistrations(first)).count).toBe(0);
    must(await registerForEvent(second, event.id));
    expect(await registerForEvent(first, event.id)).toMatchObject({ ok: false, code: 'EVENT_FULL' });
    must(await cancelRegistration(second, event.id));
    must(await registerForEvent(first, event.id));
    expect(await seatsOf(event.id)).toEqual({ counter: 1, active: 1 });
  });

  it('refuses cancelling a registration once the event has started', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const event = await createEvent(operator, { startsAt: new Date(Date.now() + HOUR) });
    must(await registerForEvent(member, event.id));
    expect(await cancelRegistration(member, event.id, new Date(Date.now() + 2 * HOUR))).toMatchObject({ ok: false, code: 'REGISTRATION_CLOSED' });
  });
});

describe('cancelling events and attendance', () => {
  it('shows the reason to registrants and notifies them when an operator cancels', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const event = await createEvent(operator);
    must(await registerForEvent(member, event.id));
    expect(await cancelEvent(operator, { eventId: event.id, reason: '讲师临时出差' })).toEqual({ ok: true, data: undefined });
    expect(await cancelEvent(operator, { eventId: event.id, reason: '再取消一次' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await findEvent(member, event.id)).toMatchObject({ status: 'CANCELLED', cancelReason: '讲师临时出差', myRegistration: { status: 'REGISTERED' } });
    expect(await db.notification.findMany({ where: { userId: member.id, kind: 'eventCancelled' }, select: { kind: true, data: true } })).toEqual([{ kind: 'eventCancelled', data: { title: expect.any(String), reason: '讲师临时出差' } }]);
    expect(await db.auditLog.count({ where: { entityId: event.id, action: 'event.cancel', actorId: operator.id } })).toBe(1);
  });

  it('marks attendance from the event day on and grants the training certification', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const cert = await db.certification.create({ data: { name: `激光切割安全 ${Math.random().toString(36).slice(2, 8)}` } });
    const space = await createSpace({ timeZone: 'Asia/Shanghai' });
    // 14:00-16:00 Beijing time on 2099-05-10.
    const startsAt = new Date('2099-05-10T06:00:00Z');
    const event = await createEvent(operator, { kind: 'TRAINING', certificationId: cert.id, spaceId: space.id, startsAt, capacity: 3 });
    const reg = must(await registerForEvent(member, event.id, new Date('2099-05-01T00:00:00Z')));
    // The evening before (Beijing) is too early; 00:30 Beijing on the day is fine.
    expect(await markAttendance(operator, reg.id, new Date('2099-05-09T15:00:00Z'))).toMatchObject({ ok: false, code: 'ATTENDANCE_NOT_OPEN' });
    expect(await markAttendance(operator, reg.id, new Date('2099-05-09T16:30:00Z'))).toEqual({ ok: true, data: { name: member.name, certified: true } });
    expect(await markAttendance(operator, reg.id, new Date('2099-05-10T08:00:00Z'))).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await db.eventRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: 'ATTENDED', markedById: operator.id });
    expect(await db.userCertification.findUnique({ where: { userId_certificationId: { userId: member.id, certificationId: cert.id } } })).toMatchObject({ grantedById: operator.id });
    expect(await db.auditLog.count({ where: { entityId: reg.id, action: 'event.attendance' } })).toBe(1);
    // Attended still holds the seat.
    expect(await seatsOf(event.id)).toEqual({ counter: 1, active: 1 });
  });
});
