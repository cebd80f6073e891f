import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ForbiddenError } from '@/lib/auth/permissions';
import { savePreferences } from '@/lib/notifications/service';
import { bookingReminderHoursSchema } from '@/lib/reminders/schemas';
import { sendDueReminders } from '@/lib/reminders/service';
import { updateBookingReminderHours } from '@/lib/reminders/settings';
import { createEvent, createProject, createResource, createSpace, createUser } from '../factories';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// A second job runner: its own pool and client, as another app instance would have.
const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
const otherDb = new PrismaClient({ adapter: new PrismaPg(otherPool) });
afterAll(async () => {
  await otherDb.$disconnect();
  await otherPool.end();
});

/** A moment of its own far in the future, so no other test's item is due around it. */
function freshMoment(): Date {
  return new Date(Date.UTC(2097, 0, 1) + Math.floor(Math.random() * 3000) * 10 * DAY);
}

async function booking(startsAt: Date, opts: { spaceHours?: number[]; status?: 'CONFIRMED' | 'CANCELLED' } = {}) {
  const space = await createSpace();
  if (opts.spaceHours) await db.space.update({ where: { id: space.id }, data: { bookingReminderHours: opts.spaceHours } });
  const room = await createResource({ spaceId: space.id });
  const member = await createUser();
  const endsAt = new Date(startsAt.getTime() + HOUR);
  const b = await db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt, endsAt, blockedUntil: endsAt, status: opts.status ?? 'CONFIRMED' } });
  return { booking: b, member };
}

const notes = (userId: string, kind: string) => db.notification.count({ where: { userId, kind } });
const remindersOf = (subjectId: string) => db.reminder.findMany({ where: { subjectId }, select: { startsAt: true, offsetMinutes: true } });

describe('reminders', () => {
  it('sends each due reminder exactly once when two job runners run at the same time', async () => {
    const now = freshMoment();
    const { booking: b, member } = await booking(new Date(now.getTime() + 30 * MIN));
    const mentor = await createUser({ roles: ['MENTOR'] });
    const mentee = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(mentee);
    const mentorship = await db.mentorship.create({ data: { mentorId: mentor.id, projectId: project.id, requestedById: mentee.id, status: 'ACTIVE' } });
    const session = await db.mentoringSession.create({
      data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: mentee.id, startsAt: new Date(now.getTime() + 45 * MIN), endsAt: new Date(now.getTime() + 105 * MIN), topic: '融资' },
    });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { startsAt: new Date(now.getTime() + 23 * HOUR) });
    const registrant = await createUser();
    const registration = await db.eventRegistration.create({ data: { eventId: event.id, userId: registrant.id } });

    const runs = await Promise.all([sendDueReminders(now, db), sendDueReminders(now, otherDb)]);
    expect(runs[0] + runs[1]).toBe(3);
    expect(await sendDueReminders(now)).toBe(0);
    // A booking 30 minutes ahead gets its 1-hour reminder only, not the 24-hour one as well.
    expect(await remindersOf(b.id)).toEqual([{ startsAt: b.startsAt, offsetMinutes: 60 }]);
    expect(await remindersOf(session.id)).toHaveLength(1);
    expect(await remindersOf(registration.id)).toEqual([{ startsAt: new Date(now.getTime() + 23 * HOUR), offsetMinutes: 1440 }]);
    expect(await notes(member.id, 'bookingReminder')).toBe(1);
    expect(await notes(mentor.id, 'sessionReminder')).toBe(1);
    expect(await notes(mentee.id, 'sessionReminder')).toBe(1);
    expect(await notes(registrant.id, 'eventReminder')).toBe(1);
  });

  it('sends nothing for a cancelled booking', async () => {
    const now = freshMoment();
    const { booking: b, member } = await booking(new Date(now.getTime() + 30 * MIN), { status: 'CANCELLED' });
    expect(await sendDueReminders(now)).toBe(0);
    expect(await remindersOf(b.id)).toEqual([]);
    expect(await notes(member.id, 'bookingReminder')).toBe(0);
  });

  it('reminds a moved booking at its new time and never at its old one', async () => {
    const now = freshMoment();
    const oldStart = new Date(now.getTime() + 23 * HOUR + 30 * MIN);
    const { booking: b, member } = await booking(oldStart);
    expect(await sendDueReminders(now)).toBe(1);
    const newStart = new Date(now.getTime() + 3 * DAY);
    await db.booking.update({ where: { id: b.id }, data: { startsAt: newStart, endsAt: new Date(newStart.getTime() + HOUR), blockedUntil: new Date(newStart.getTime() + HOUR) } });
    // The old 1-hour moment passes: nothing, the booking is not there any more.
    expect(await sendDueReminders(new Date(oldStart.getTime() - 30 * MIN))).toBe(0);
    expect(await sendDueReminders(new Date(newStart.getTime() - 23 * HOUR))).toBe(1);
    expect(await sendDueReminders(new Date(newStart.getTime() - 30 * MIN))).toBe(1);
    expect(await remindersOf(b.id)).toEqual(
      expect.arrayContaining([
        { startsAt: oldStart, offsetMinutes: 1440 },
        { startsAt: newStart, offsetMinutes: 1440 },
        { startsAt: newStart, offsetMinutes: 60 },
      ]),
    );
    expect(await remindersOf(b.id)).toHaveLength(3);
    expect(await notes(member.id, 'bookingReminder')).toBe(3);
  });

  it("follows the space's booking reminder hours", async () => {
    const now = freshMoment();
    const { booking: b } = await booking(new Date(now.getTime() + 90 * MIN), { spaceHours: [2] });
    expect(await sendDueReminders(now)).toBe(1);
    expect(await remindersOf(b.id)).toEqual([{ startsAt: b.startsAt, offsetMinutes: 120 }]);
  });

  it('sends no event reminder to a member who cancelled or for a cancelled event', async () => {
    const now = freshMoment();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { startsAt: new Date(now.getTime() + 2 * HOUR) });
    const gone = await createUser();
    await db.eventRegistration.create({ data: { eventId: event.id, userId: gone.id, status: 'CANCELLED', cancelledAt: now } });
    const cancelled = await createEvent(operator, { startsAt: new Date(now.getTime() + 2 * HOUR), status: 'CANCELLED' });
    const stayed = await createUser();
    await db.eventRegistration.create({ data: { eventId: cancelled.id, userId: stayed.id } });
    expect(await sendDueReminders(now)).toBe(0);
    expect(await notes(gone.id, 'eventReminder')).toBe(0);
    expect(await notes(stayed.id, 'eventReminder')).toBe(0);
  });

  it('lets an operator set the booking reminder hours, refuses bad hours and a member', async () => {
    const space = await createSpace();
    expect((await db.space.findUniqueOrThrow({ where: { id: space.id } })).bookingReminderHours).toEqual([24, 1]);
    const operator = await createUser({ roles: ['OPERATOR'] });
    const input = bookingReminderHoursSchema.parse({ spaceId: space.id, hours: '1，48 1' });
    expect(input.hours).toEqual([48, 1]);
    expect(await updateBookingReminderHours(operator, input)).toEqual({ ok: true, data: undefined });
    expect((await db.space.findUniqueOrThrow({ where: { id: space.id } })).bookingReminderHours).toEqual([48, 1]);
    expect(bookingReminderHoursSchema.parse({ spaceId: space.id, hours: '' }).hours).toEqual([]);
    for (const bad of ['0', '169', '1.5', 'abc', '1, 2, 3, 4']) expect(bookingReminderHoursSchema.safeParse({ spaceId: space.id, hours: bad }).success).toBe(false);
    await expect(updateBookingReminderHours(await createUser(), input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updateBookingReminderHours(operator, { spaceId: 'no-such-space', hours: [1] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('reaches a new reminder however many sent ones are still before their start', async () => {
    const now = freshMoment();
    const first = await booking(new Date(now.getTime() + 10 * MIN));
    expect(await sendDueReminders(now, db, 1)).toBe(1);
    const second = await booking(new Date(now.getTime() + 20 * MIN));
    // With room for one reminder per run, the sent one (still due until its start) must not take it.
    expect(await sendDueReminders(now, db, 1)).toBe(1);
    expect(await remindersOf(second.booking.id)).toHaveLength(1);
    expect(await remindersOf(first.booking.id)).toHaveLength(1);
  });
  it("respects each member's choice for event reminders (through the notification service)", async () => {
    const now = freshMoment();
    const operator = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(operator, { startsAt: new Date(now.getTime() + 2 * HOUR) });
    const quiet = await createUser();
    const keen = await createUser();
    await savePreferences(quiet, { emailFrequency: 'IMMEDIATE', settings: { eventReminder: 'OFF' } });
    for (const u of [quiet, keen]) await db.eventRegistration.create({ data: { eventId: event.id, userId: u.id } });
    expect(await sendDueReminders(now)).toBe(2);
    expect(await notes(quiet.id, 'eventReminder')).toBe(0);
    expect(await notes(keen.id, 'eventReminder')).toBe(1);
    // Its reminder is still settled: a later run sends it neither late nor twice.
    expect(await sendDueReminders(new Date(now.getTime() + 30 * MIN))).toBe(0);
  });
});
