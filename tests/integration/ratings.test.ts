import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ForbiddenError } from '@/lib/auth/permissions';
import { countOpenRatingCases, getRatingCase, getRatingPage, getServiceQuality, listMyRateableRecords, listRatingCases } from '@/lib/ratings/queries';
import { rateSchema, classifySchema } from '@/lib/ratings/schemas';
import { callBackRater, classifyCase, completeFix, decideAppeal, escalateOverdueCases, rateService, updateRatingSettings } from '@/lib/ratings/service';
import { createEvent, createProject, createResource, createSpace, createUser } from '../factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// A second job runner: its own pool and client, as another app instance would have.
const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
const otherDb = new PrismaClient({ adapter: new PrismaPg(otherPool) });
afterAll(async () => {
  await otherDb.$disconnect();
  await otherPool.end();
});

/** A booking its booker checked in to, an hour long, starting `hoursAgo` ago. */
async function checkedInBooking(opts: { hoursAgo?: number; spaceId?: string; decidedById?: string } = {}) {
  const space = opts.spaceId ? { id: opts.spaceId } : await createSpace();
  const resource = await createResource({ spaceId: space.id });
  const member = await createUser();
  const startsAt = new Date(Date.now() - (opts.hoursAgo ?? 3) * HOUR);
  const endsAt = new Date(startsAt.getTime() + HOUR);
  const booking = await db.booking.create({
    data: { resourceId: resource.id, userId: member.id, startsAt, endsAt, blockedUntil: endsAt, status: 'COMPLETED', checkedInAt: startsAt, ...(opts.decidedById ? { decidedById: opts.decidedById } : {}) },
  });
  return { booking, member, resource, spaceId: space.id };
}

async function badRatingCase() {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const { booking, member, spaceId } = await checkedInBooking();
  const r = await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'DISSATISFIED', comment: '空调太冷' });
  if (!r.ok || !r.data.caseId) throw new Error('no case');
  return { operator, member, booking, spaceId, caseId: r.data.caseId, ratingId: r.data.ratingId };
}

const notes = (userId: string, kind: string) => db.notification.count({ where: { userId, kind } });

describe('service ratings', () => {
  it('keeps one rating per service record when the member submits it 30 times at once', async () => {
    const { booking, member } = await checkedInBooking();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => rateService(member, { kind: 'BOOKING', recordId: booking.id, level: i % 2 ? 'SATISFIED' : 'VERY_SATISFIED', comment: '' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'ALREADY_RATED')).toBe(true);
    expect(await db.serviceRating.count({ where: { recordId: booking.id } })).toBe(1);
  });

  it('opens exactly one rectification case for a bad rating submitted 30 times at once', async () => {
    await createUser({ roles: ['OPERATOR'] });
    const { booking, member } = await checkedInBooking();
    const results = await Promise.all(Array.from({ length: 30 }, () => rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'VERY_DISSATISFIED', comment: '设备坏了' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.ratingCase.count({ where: { rating: { recordId: booking.id } } })).toBe(1);
  });

  it('opens no case for a rating of 基本满意 or better', async () => {
    const { booking, member } = await checkedInBooking();
    const r = await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'BASICALLY_SATISFIED', comment: '' });
    expect(r.ok && r.data.caseId).toBe(null);
  });

  it('answers not found when a stranger rates someone else’s record, or a record that was not served', async () => {
    const { booking } = await checkedInBooking();
    const stranger = await createUser();
    expect(await rateService(stranger, { kind: 'BOOKING', recordId: booking.id, level: 'VERY_DISSATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await getRatingPage(stranger, 'BOOKING', booking.id)).toBeNull();

    // A booking never checked in to, an event registration not marked attended, a session not yet held.
    const space = await createSpace();
    const room = await createResource({ spaceId: space.id });
    const member = await createUser();
    const startsAt = new Date(Date.now() - 3 * HOUR);
    const unattended = await db.booking.create({ data: { resourceId: room.id, userId: member.id, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), blockedUntil: new Date(startsAt.getTime() + HOUR), status: 'CONFIRMED' } });
    expect(await rateService(member, { kind: 'BOOKING', recordId: unattended.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const organizer = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(organizer, { startsAt: new Date(Date.now() - 2 * DAY) });
    const registration = await db.eventRegistration.create({ data: { eventId: event.id, userId: member.id } });
    expect(await rateService(member, { kind: 'EVENT_REGISTRATION', recordId: registration.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const mentor = await createUser({ roles: ['MENTOR'] });
    const project = await createProject(member);
    const mentorship = await db.mentorship.create({ data: { mentorId: mentor.id, projectId: project.id, requestedById: member.id, status: 'ACTIVE' } });
    const future = await db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: member.id, startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + DAY + HOUR) } });
    expect(await rateService(member, { kind: 'MENTORING_SESSION', recordId: future.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The mentor cannot rate the session they gave.
    const past = await db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: member.id, startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + HOUR) } });
    expect(await rateService(mentor, { kind: 'MENTORING_SESSION', recordId: past.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('lets an attendee rate an attended training and a mentee rate a finished session', async () => {
    const organizer = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const training = await createEvent(organizer, { kind: 'TRAINING', startsAt: new Date(Date.now() - 2 * DAY) });
    const registration = await db.eventRegistration.create({ data: { eventId: training.id, userId: member.id, status: 'ATTENDED', attendedAt: new Date() } });
    const mentor = await createUser({ roles: ['MENTOR'] });
    const project = await createProject(member);
    const mentorship = await db.mentorship.create({ data: { mentorId: mentor.id, projectId: project.id, requestedById: member.id, status: 'ACTIVE' } });
    const session = await db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: member.id, startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + HOUR) } });

    const mine = await listMyRateableRecords(member);
    expect(mine.map((i) => [i.kind, i.serviceType, i.nextRound])).toEqual(
      expect.arrayContaining([
        ['EVENT_REGISTRATION', 'TRAINING', 1],
        ['MENTORING_SESSION', 'MENTORING', 1],
      ]),
    );
    expect(await rateService(member, { kind: 'EVENT_REGISTRATION', recordId: registration.id, level: 'VERY_SATISFIED', comment: '讲得好' })).toMatchObject({ ok: true });
    const bad = await rateService(member, { kind: 'MENTORING_SESSION', recordId: session.id, level: 'DISSATISFIED', comment: '' });
    expect(bad.ok && bad.data.caseId).toBeTruthy();
    // The on-site QR page for the training lists only that training's record.
    const here = await listMyRateableRecords(member, { eventId: training.id });
    expect(here.map((i) => [i.id, i.rounds.length, i.nextRound])).toEqual([[registration.id, 1, null]]);
    // A mentoring session names no operator: its case goes to every operator's queue.
    const sessionCase = await db.ratingCase.findFirst({ where: { rating: { recordId: session.id } }, select: { assigneeId: true } });
    expect(sessionCase?.assigneeId).toBeNull();
  });

  it('refuses a level outside the five and a comment over 1,000 characters', () => {
    expect(rateSchema.safeParse({ kind: 'BOOKING', recordId: 'x', level: 'GREAT' }).success).toBe(false);
    expect(rateSchema.safeParse({ kind: 'BOOKING', recordId: 'x', level: 'SATISFIED', comment: 'a'.repeat(1001) }).success).toBe(false);
    expect(rateSchema.safeParse({ kind: 'BOOKING', recordId: 'x', level: 'SATISFIED', comment: 'a\u0000b' }).success).toBe(false);
    expect(rateSchema.safeParse({ kind: 'FAULT', recordId: 'x', level: 'SATISFIED' }).success).toBe(false);
    expect(classifySchema.safeParse({ caseId: 'c', classification: 'EXPLAINED_NO_FAULT', reason: '' }).success).toBe(false);
  });
});

describe('rectification cases', () => {
  it('hides who rated from operators and shows it to admins', async () => {
    const { caseId, member, operator } = await badRatingCase();
    const admin = await createUser({ roles: ['ADMIN', 'OPERATOR'] });
    const asOperator = await getRatingCase(operator, caseId);
    expect(asOperator?.rating.comment).toBe('空调太冷');
    expect(asOperator?.rating).not.toHaveProperty('rater');
    expect(JSON.stringify(asOperator)).not.toContain(member.id);
    expect(JSON.stringify(await listRatingCases(operator))).not.toContain(member.email);
    const asAdmin = await getRatingCase(admin, caseId);
    expect(asAdmin?.rating.rater).toMatchObject({ id: member.id, email: member.email });
    await expect(getRatingCase(member, caseId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('runs call back, a fix by the deadline and the fix, telling the rater, who may then rate once more', async () => {
    const { caseId, member, operator, booking } = await badRatingCase();
    // Classifying before the call back is a stale move.
    expect(await classifyCase(operator, { caseId, classification: 'FIXED_AT_ONCE', reason: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await callBackRater(operator, { caseId, note: '已电话联系，空调温度已调高' })).toMatchObject({ ok: true });
    expect(await notes(member.id, 'ratingCallback')).toBe(1);
    expect(await callBackRater(operator, { caseId, note: '再次' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    // Not yet closed: no second round.
    expect(await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'ALREADY_RATED' });
    expect(await classifyCase(operator, { caseId, classification: 'FIX_BY_DEADLINE', reason: '需要更换温控器' })).toMatchObject({ ok: true });
    expect(await completeFix(operator, { caseId, note: '温控器已更换' })).toMatchObject({ ok: true });
    expect(await notes(member.id, 'ratingCaseOutcome')).toBe(2);
    const page = await getRatingPage(member, 'BOOKING', booking.id);
    expect(page?.rounds[0].case?.status).toBe('FIXED');
    expect(page?.nextRound).toBe(2);
    expect(await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'SATISFIED', comment: '好多了' })).toMatchObject({ ok: true });
    expect(await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'SATISFIED', comment: '' })).toMatchObject({ ok: false, code: 'ALREADY_RATED' });
    expect(await db.auditLog.count({ where: { entityId: caseId } })).toBe(3);
  });

  it('lets only an admin decide an appeal', async () => {
    const { caseId, member, operator } = await badRatingCase();
    const admin = await createUser({ roles: ['ADMIN', 'OPERATOR'] });
    await callBackRater(operator, { caseId, note: '联系过' });
    expect(await classifyCase(operator, { caseId, classification: 'APPEAL_MALICIOUS', reason: '该时段无此预约使用记录' })).toMatchObject({ ok: true });
    expect(await notes(admin.id, 'queueRatingAppeal')).toBe(1);
    await expect(decideAppeal(operator, { caseId, decision: 'UPHOLD', note: '同意' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await decideAppeal(admin, { caseId, decision: 'REJECT', note: '证据不足' })).toMatchObject({ ok: true });
    expect((await getRatingCase(admin, caseId))?.status).toBe('CALLED_BACK');
    await classifyCase(operator, { caseId, classification: 'APPEAL_MISTAKEN', reason: '误选' });
    expect(await decideAppeal(admin, { caseId, decision: 'UPHOLD', note: '确认误评' })).toMatchObject({ ok: true });
    expect((await getRatingCase(admin, caseId))?.status).toBe('APPEAL_UPHELD');
    expect(await notes(member.id, 'ratingCaseOutcome')).toBe(1);
  });

  it('escalates an overdue case to the admins exactly once, even with two job runners', async () => {
    const admin = await createUser({ roles: ['ADMIN', 'OPERATOR'] });
    const { caseId } = await badRatingCase();
    const c = await db.ratingCase.findUniqueOrThrow({ where: { id: caseId }, select: { dueAt: true } });
    const after = new Date(c.dueAt.getTime() + 1000);
    expect(await escalateOverdueCases(new Date(c.dueAt.getTime() - 1000))).toBe(0);
    const runs = await Promise.all([escalateOverdueCases(after, db), escalateOverdueCases(after, otherDb)]);
    expect(await db.ratingCase.count({ where: { id: caseId, escalatedAt: { not: null } } })).toBe(1);
    expect(runs[0] + runs[1]).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueCases(new Date(after.getTime() + DAY))).toBe(0);
    expect(await db.notification.count({ where: { userId: admin.id, kind: 'ratingCaseOverdue', subjectId: caseId } })).toBe(1);
  });

  it('sets the deadline from the space’s working days, counted on the working calendar', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const space = await createSpace();
    expect(await updateRatingSettings(operator, { spaceId: space.id, ratingCaseWorkingDays: 2, ratingPublicMinimum: 10 })).toMatchObject({ ok: true });
    const { booking, member } = await checkedInBooking({ spaceId: space.id });
    // Friday 2026-12-04 10:00 in Shanghai: two working days later is Tuesday, so the deadline is Wednesday 00:00.
    const friday = new Date('2026-12-04T02:00:00Z');
    const r = await rateService(member, { kind: 'BOOKING', recordId: booking.id, level: 'DISSATISFIED', comment: '' }, friday);
    const c = await db.ratingCase.findUniqueOrThrow({ where: { id: r.ok ? r.data.caseId! : '' }, select: { dueAt: true } });
    expect(c.dueAt.toISOString()).toBe('2026-12-08T16:00:00.000Z');
    expect(await db.auditLog.count({ where: { entityId: space.id, action: 'space.ratingSettings' } })).toBe(1);
    await expect(updateRatingSettings(member, { spaceId: space.id, ratingCaseWorkingDays: 3, ratingPublicMinimum: 10 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('counts the open cases and the oldest for the console', async () => {
    const { operator, caseId } = await badRatingCase();
    const { count, oldest } = await countOpenRatingCases(operator);
    expect(count).toBeGreaterThanOrEqual(1);
    const opened = await db.ratingCase.findUniqueOrThrow({ where: { id: caseId }, select: { openedAt: true } });
    expect(oldest!.getTime()).toBeLessThanOrEqual(opened.openedAt.getTime());
  });
});

describe('the public service-quality page', () => {
  it('hides a service type below the minimum number of ratings and shows it once it has them', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    await createSpace();
    const first = await db.space.findFirstOrThrow({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, ratingPublicMinimum: true } });
    const before = await getServiceQuality();
    const mentoring = before.types.find((t) => t.serviceType === 'MENTORING')!;
    await updateRatingSettings(operator, { spaceId: first.id, ratingCaseWorkingDays: 5, ratingPublicMinimum: mentoring.total + 2 });
    try {
      const member = await createUser();
      const mentor = await createUser({ roles: ['MENTOR'], name: '独特导师名' });
      const project = await createProject(member);
      const mentorship = await db.mentorship.create({ data: { mentorId: mentor.id, projectId: project.id, requestedById: member.id, status: 'ACTIVE' } });
      const session = (daysAgo: number) => db.mentoringSession.create({ data: { mentorshipId: mentorship.id, mentorId: mentor.id, bookedById: member.id, startsAt: new Date(Date.now() - daysAgo * DAY), endsAt: new Date(Date.now() - daysAgo * DAY + HOUR) } });
      const s1 = await session(4);
      await rateService(member, { kind: 'MENTORING_SESSION', recordId: s1.id, level: 'DISSATISFIED', comment: '' });
      const hidden = (await getServiceQuality()).types.find((t) => t.serviceType === 'MENTORING')!;
      expect(hidden).toMatchObject({ total: mentoring.total + 1, shown: false });
      expect((await getServiceQuality()).log.some((l) => l.serviceType === 'MENTORING')).toBe(false);
      const s2 = await session(3);
      await rateService(member, { kind: 'MENTORING_SESSION', recordId: s2.id, level: 'VERY_SATISFIED', comment: '' });
      const shown = await getServiceQuality();
      const t = shown.types.find((x) => x.serviceType === 'MENTORING')!;
      expect(t).toMatchObject({ total: mentoring.total + 2, shown: true });
      expect(t.levels.map((l) => l.level)).toEqual(['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED']);
      expect(shown.log.some((l) => l.serviceType === 'MENTORING')).toBe(true);
      // Anonymised: the log carries no names, comments or subjects.
      expect(JSON.stringify(shown.log)).not.toContain(mentor.name);
      expect(JSON.stringify(shown.log)).not.toContain(member.id);
      expect(Object.keys(shown.log[0]).sort()).toEqual(['closedAt', 'id', 'level', 'openedAt', 'serviceType', 'status']);
    } finally {
      await db.space.update({ where: { id: first.id }, data: { ratingPublicMinimum: first.ratingPublicMinimum } });
    }
  });

  it('reports the share of bad ratings called back', async () => {
    const before = (await getServiceQuality()).types.find((t) => t.serviceType === 'BOOKING')!;
    const { caseId, operator } = await badRatingCase();
    const mid = (await getServiceQuality()).types.find((t) => t.serviceType === 'BOOKING')!;
    expect([mid.bad, mid.calledBack]).toEqual([before.bad + 1, before.calledBack]);
    await callBackRater(operator, { caseId, note: '已回访' });
    const after = (await getServiceQuality()).types.find((t) => t.serviceType === 'BOOKING')!;
    expect(after.calledBack).toBe(before.calledBack + 1);
  });
});
