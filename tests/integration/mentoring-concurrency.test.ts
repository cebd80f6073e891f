import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { localSlot } from '@/lib/mentoring/time';
import { addOfficeHour, bookSession, endMentorship, requestMentorship, respondToMentorship } from '@/lib/mentoring/service';
import { createProject, createUser } from '../factories';

/** "YYYY-MM-DD" of the next given ISO weekday, at least 2 days ahead, Asia/Shanghai. */
function nextDay(weekday: number): string {
  for (let i = 2; i < 10; i++) {
    const s = localSlot(new Date(Date.now() + i * 86_400_000));
    if (s.weekday === weekday) return s.day;
  }
  throw new Error('unreachable');
}

describe('booking mentoring sessions while the mentorship ends', () => {
  it('never leaves a booked session on an ended mentorship', async () => {
    for (let round = 0; round < 4; round++) {
      const [mentor, owner] = await Promise.all([createUser({ roles: ['MENTOR'] }), createUser({ roles: ['ENTREPRENEUR'] })]);
      const project = await createProject(owner);
      await addOfficeHour(mentor, { weekday: 4, start: 9 * 60, end: 18 * 60 });
      const asked = await requestMentorship(owner, { mentorId: mentor.id, projectId: project.id, message: '请教' });
      if (!asked.ok) throw new Error(asked.code);
      await respondToMentorship(mentor, { mentorshipId: asked.data.id, accept: true, message: '' });
      const day = nextDay(4);
      // Twelve half-hour sessions 09:00-15:00 booked at the moment the mentor ends the mentorship.
      const starts = Array.from({ length: 12 }, (_, i) => `${day}T${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
      const bookings = starts.map((startsAt) => bookSession(owner, { mentorshipId: asked.data.id, startsAt, minutes: 30, topic: '量产' }));
      const [ended, ...results] = await Promise.all([endMentorship(mentor, asked.data.id), ...bookings]);
      expect(ended).toMatchObject({ ok: true });
      for (const r of results) if (!r.ok) expect(r.code).toBe('NOT_FOUND');
      expect((await db.mentorship.findUniqueOrThrow({ where: { id: asked.data.id } })).status).toBe('ENDED');
      expect(await db.mentoringSession.count({ where: { mentorshipId: asked.data.id, status: 'BOOKED' } })).toBe(0);
    }
  });
});
