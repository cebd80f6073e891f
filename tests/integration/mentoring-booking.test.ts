import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findMySession, listMyMentors, listOpenSlots } from '@/lib/mentoring/queries';
import { localSlot } from '@/lib/mentoring/time';
import { addDayOff, addOfficeHour, bookSession, removeDayOff, requestMentorship, rescheduleSession, respondToMentorship } from '@/lib/mentoring/service';
import { createProject, createUser } from '../factories';

/** "YYYY-MM-DD" of the next given ISO weekday (at least 2 days ahead), on the mentoring clock. */
function nextDay(weekday: number, after = 2): string {
  for (let i = after; i < after + 8; i++) {
    const s = localSlot(new Date(Date.now() + i * 86_400_000));
    if (s.weekday === weekday) return s.day;
  }
  throw new Error('unreachable');
}

async function activeMentorship(location = 'https://meeting.example.cn/abc') {
  const mentor = await createUser({ roles: ['MENTOR'] });
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(owner);
  await addOfficeHour(mentor, { weekday: 3, start: 14 * 60, end: 17 * 60, location });
  const r = await requestMentorship(owner, { mentorId: mentor.id, projectId: project.id, message: '想请教' });
  if (!r.ok) throw new Error(r.code);
  await respondToMentorship(mentor, { mentorshipId: r.data.id, accept: true, message: '' });
  return { mentor, owner, mentorshipId: r.data.id };
}

describe('booking a mentoring session', () => {
  it('lists the mentors of my projects, and nobody else’s', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    const stranger = await createUser();
    expect((await listMyMentors(owner)).map((m) => m.id)).toEqual([mentorshipId]);
    expect(await listMyMentors(stranger)).toEqual([]);
    expect(await listMyMentors(mentor)).toEqual([]);
  });

  it('offers slots with their end and place, and copies the place onto the booked session', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship('创客空间 3 楼会客室');
    const slots = await listOpenSlots(mentor.id, 60);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0].endsAt.getTime() - slots[0].startsAt.getTime()).toBe(3_600_000);
    expect(slots[0].location).toBe('创客空间 3 楼会客室');
    const day = nextDay(3);
    const booked = await bookSession(owner, { mentorshipId, startsAt: `${day}T14:00`, minutes: 60, topic: '融资' });
    expect(booked.ok).toBe(true);
    if (!booked.ok) return;
    const session = await findMySession(owner, booked.data.id);
    expect(session?.location).toBe('创客空间 3 楼会客室');
    expect(session?.ics).toContain('LOCATION:创客空间 3 楼会客室');
    expect(await findMySession(await createUser(), booked.data.id)).toBeNull();
    // The booked hour is no longer offered.
    expect((await listOpenSlots(mentor.id, 60)).some((s) => s.startsAt.getTime() === session?.startsAt.getTime())).toBe(false);
  });

  it('takes a mentor’s day off out of the slots and refuses a booking on it', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    const day = nextDay(3);
    expect(await addDayOff(mentor, day)).toMatchObject({ ok: true });
    expect((await listOpenSlots(mentor.id, 60)).some((s) => localSlot(s.startsAt).day === day)).toBe(false);
    expect(await bookSession(owner, { mentorshipId, startsAt: `${day}T14:00`, minutes: 60, topic: '' })).toMatchObject({ ok: false, code: 'OUTSIDE_OFFICE_HOURS' });
    expect(await removeDayOff(mentor, day)).toMatchObject({ ok: true });
    expect((await bookSession(owner, { mentorshipId, startsAt: `${day}T14:00`, minutes: 60, topic: '' })).ok).toBe(true);
  });

  it('lets only mentors set days off', async () => {
    const member = await createUser();
    await expect(addDayOff(member, nextDay(3))).rejects.toThrow();
  });

  it('reschedules to a free slot, refuses a taken one, and tells the mentor again', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    const day = nextDay(3);
    const a = await bookSession(owner, { mentorshipId, startsAt: `${day}T14:00`, minutes: 60, topic: '' });
    const b = await bookSession(owner, { mentorshipId, startsAt: `${day}T15:00`, minutes: 60, topic: '' });
    if (!a.ok || !b.ok) throw new Error('setup');
    expect(await rescheduleSession(owner, { sessionId: a.data.id, startsAt: `${day}T15:00`, minutes: 60 })).toMatchObject({ ok: false, code: 'SLOT_TAKEN' });
    expect(await rescheduleSession(owner, { sessionId: a.data.id, startsAt: `${day}T16:00`, minutes: 60 })).toMatchObject({ ok: true });
    const moved = await db.mentoringSession.findUniqueOrThrow({ where: { id: a.data.id } });
    expect(localSlot(moved.startsAt)).toMatchObject({ day, minute: 16 * 60 });
    expect(await db.notification.count({ where: { userId: mentor.id, kind: 'sessionBooked', subjectId: a.data.id } })).toBe(2);
    // Someone outside the project cannot move it.
    expect(await rescheduleSession(await createUser(), { sessionId: a.data.id, startsAt: `${day}T14:00`, minutes: 60 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('lets exactly one of many parallel moves take the same slot', async () => {
    const { owner, mentor, mentorshipId } = await activeMentorship();
    await addOfficeHour(mentor, { weekday: 4, start: 14 * 60, end: 17 * 60 });
    const day = nextDay(3);
    const sessions = [];
    for (const hh of ['14:00', '15:00', '16:00']) {
      const r = await bookSession(owner, { mentorshipId, startsAt: `${nextDay(4)}T${hh}`, minutes: 60, topic: '' });
      if (!r.ok) throw new Error(r.code);
      sessions.push(r.data.id);
    }
    const results = await Promise.all(sessions.map((id) => rescheduleSession(owner, { sessionId: id, startsAt: `${day}T14:00`, minutes: 60 })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'SLOT_TAKEN')).toHaveLength(2);
  });
});

describe('the mentor directory search', () => {
  it('matches part of a tag, the bio and the offer, and not unrelated words', async () => {
    const { listMentors } = await import('@/lib/mentoring/queries');
    const tag = `智能硬件${Math.random().toString(36).slice(2, 6)}`;
    const mentor = await createUser({ roles: ['MENTOR'] });
    await db.mentorProfile.create({ data: { userId: mentor.id, expertise: [tag, '融资'], offer: '量产与供应链' } });
    await db.user.update({ where: { id: mentor.id }, data: { bio: '十年消费电子经验' } });
    const ids = async (q: string) => (await listMentors({ q })).map((m) => m.id);
    expect(await ids(tag.slice(2))).toContain(mentor.id);
    expect(await ids('消费电子')).toContain(mentor.id);
    expect(await ids('供应链')).toContain(mentor.id);
    expect(await ids('与此无关的词')).not.toContain(mentor.id);
  });
});
