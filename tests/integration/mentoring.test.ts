import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { listFreeSlots } from '@/lib/mentoring/queries';
import { localSlot } from '@/lib/mentoring/time';
import {
  addOfficeHour,
  bookSession,
  cancelSession,
  endMentorship,
  rateSession,
  requestMentorship,
  respondToMentorship,
  writeSessionNote,
} from '@/lib/mentoring/service';
import { createProject, createUser } from '../factories';

/** "YYYY-MM-DDTHH:mm" of the next given ISO weekday (at least 2 days ahead), Asia/Shanghai. */
function nextLocal(weekday: number, hhmm: string): string {
  for (let i = 2; i < 10; i++) {
    const d = new Date(Date.now() + i * 86_400_000);
    const s = localSlot(d);
    if (s.weekday === weekday) return `${s.day}T${hhmm}`;
  }
  throw new Error('unreachable');
}

async function activeMentorship() {
  const mentor = await createUser({ roles: ['MENTOR'] });
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(owner);
  await addOfficeHour(mentor, { weekday: 3, start: 14 * 60, end: 17 * 60 });
  const r = await requestMentorship(owner, { mentorId: mentor.id, projectId: project.id, message: '想请教硬件量产' });
  if (!r.ok) throw new Error(r.code);
  expect(await respondToMentorship(mentor, { mentorshipId: r.data.id, accept: true, message: '' })).toMatchObject({ ok: true });
  return { mentor, owner, project, mentorshipId: r.data.id };
}

describe('mentorships', () => {
  it('allows one open mentorship per mentor and project', async () => {
    const mentor = await createUser({ roles: ['MENTOR'] });
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const input = { mentorId: mentor.id, projectId: project.id, message: '你好' };
    const first = await requestMentorship(owner, input);
    expect(first.ok).toBe(true);
    expect(await requestMentorship(owner, input)).toMatchObject({ ok: false, code: 'MENTORSHIP_EXISTS' });
    if (!first.ok) return;
    await respondToMentorship(mentor, { mentorshipId: first.data.id, accept: true, message: '' });
    expect(await requestMentorship(owner, input)).toMatchObject({ ok: false, code: 'MENTORSHIP_EXISTS' });
    expect(await endMentorship(owner, first.data.id)).toMatchObject({ ok: true });
    expect((await requestMentorship(owner, input)).ok).toBe(true);
  });

  it('lets only the asked mentor respond, once', async () => {
    const mentor = await createUser({ roles: ['MENTOR'] });
    const otherMentor = await createUser({ roles: ['MENTOR'] });
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const r = await requestMentorship(owner, { mentorId: mentor.id, projectId: project.id, message: 'hi' });
    if (!r.ok) throw new Error(r.code);
    expect(await respondToMentorship(otherMentor, { mentorshipId: r.data.id, accept: true, message: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(respondToMentorship(owner, { mentorshipId: r.data.id, accept: true, message: '' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await respondToMentorship(mentor, { mentorshipId: r.data.id, accept: false, message: '时间不够' })).toMatchObject({ ok: true });
    expect(await respondToMentorship(mentor, { mentorshipId: r.data.id, accept: true, message: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });

  it('refuses a request for a project the member does not own, or to a non-mentor', async () => {
    const mentor = await createUser({ roles: ['MENTOR'] });
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const stranger = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    // A public project: the stranger sees it but may not ask for it; a private one is not found.
    await expect(requestMentorship(stranger, { mentorId: mentor.id, projectId: project.id, message: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    const secret = await createProject(owner, { visibility: 'PRIVATE' });
    expect(await requestMentorship(stranger, { mentorId: mentor.id, projectId: secret.id, message: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await requestMentorship(owner, { mentorId: stranger.id, projectId: project.id, message: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('mentoring sessions', () => {
  it('books inside office hours (Asia/Shanghai) and refuses outside them', async () => {
    const { owner, mentorshipId, mentor } = await activeMentorship();
    const ok = await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '14:00'), minutes: 60, topic: '量产' });
    expect(ok).toMatchObject({ ok: true });
    const row = await db.mentoringSession.findFirstOrThrow({ where: { mentorId: mentor.id } });
    expect(row.startsAt.toISOString().slice(11, 16)).toBe('06:00');
    expect(await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '16:30'), minutes: 60, topic: '' })).toMatchObject({ ok: false, code: 'OUTSIDE_OFFICE_HOURS' });
    expect(await bookSession(owner, { mentorshipId, startsAt: nextLocal(4, '14:00'), minutes: 60, topic: '' })).toMatchObject({ ok: false, code: 'OUTSIDE_OFFICE_HOURS' });
    const free = await listFreeSlots(mentor.id, 60);
    expect(free.map((d) => d.toISOString())).not.toContain(row.startsAt.toISOString());
  });

  it('refuses an overlapping session of the same mentor', async () => {
    const { owner, mentorshipId } = await activeMentorship();
    expect((await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '14:00'), minutes: 60, topic: '' })).ok).toBe(true);
    expect(await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '14:30'), minutes: 60, topic: '' })).toMatchObject({ ok: false, code: 'SLOT_TAKEN' });
    expect((await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '15:00'), minutes: 30, topic: '' })).ok).toBe(true);
  });

  it('gives one slot to exactly one of 20 parallel bookings', async () => {
    const { owner, mentorshipId, mentor } = await activeMentorship();
    const startsAt = nextLocal(3, '15:00');
    const results = await Promise.all(Array.from({ length: 20 }, () => bookSession(owner, { mentorshipId, startsAt, minutes: 60, topic: '' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'SLOT_TAKEN')).toBe(true);
    expect(await db.mentoringSession.count({ where: { mentorId: mentor.id, status: 'BOOKED' } })).toBe(1);
  });

  it('lets either side cancel before the start, which frees the slot', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    const startsAt = nextLocal(3, '14:00');
    const r = await bookSession(owner, { mentorshipId, startsAt, minutes: 60, topic: '' });
    if (!r.ok) throw new Error(r.code);
    expect(await cancelSession(await createUser(), r.data.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cancelSession(mentor, r.data.id)).toMatchObject({ ok: true });
    expect(await cancelSession(owner, r.data.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect((await bookSession(owner, { mentorshipId, startsAt, minutes: 60, topic: '' })).ok).toBe(true);
  });

  it('takes notes from both sides and a 1-5 rating from the mentee after the session', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    const r = await bookSession(owner, { mentorshipId, startsAt: nextLocal(3, '14:00'), minutes: 60, topic: '' });
    if (!r.ok) throw new Error(r.code);
    expect(await rateSession(owner, { sessionId: r.data.id, rating: 5, feedback: '' })).toMatchObject({ ok: false, code: 'SESSION_NOT_OVER' });
    const after = new Date(Date.now() + 12 * 86_400_000);
    expect(await writeSessionNote(mentor, { sessionId: r.data.id, note: '建议先做小批量' }, after)).toMatchObject({ ok: true });
    expect(await writeSessionNote(owner, { sessionId: r.data.id, note: '收获很大' }, after)).toMatchObject({ ok: true });
    await expect(rateSession(mentor, { sessionId: r.data.id, rating: 5, feedback: '' }, after)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await rateSession(owner, { sessionId: r.data.id, rating: 4, feedback: '很有帮助' }, after)).toMatchObject({ ok: true });
    expect(await db.mentoringSession.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ mentorNote: '建议先做小批量', menteeNote: '收获很大', rating: 4 });
    await expect(db.mentoringSession.update({ where: { id: r.data.id }, data: { rating: 6 } })).rejects.toThrow();
  });
});
