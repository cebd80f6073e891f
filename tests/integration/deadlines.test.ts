import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { roundSchema } from '@/lib/admissions/schemas';
import { createRound, saveApplication } from '@/lib/admissions/service';
import { taskSchema } from '@/lib/tasks/schemas';
import { createTask } from '@/lib/tasks/service';
import { zonedInstant } from '@/lib/time';
import { createProject, createUser } from '../factories';

/** Deadlines typed as a date alone run to 23:59 of that day on the space's clock (Beijing time here). */
describe('deadlines given as a date', () => {
  it('keeps an admissions round open until 23:59 Beijing time of its closing date', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const input = roundSchema.parse({ name: '2031 春季批次', opensAt: '2031-03-01', closesAt: '2031-03-15', criteria: '团队', questions: '' });
    const round = await createRound(operator, input);
    expect(round.ok).toBe(true);
    if (!round.ok) return;
    const row = await db.intakeRound.findUniqueOrThrow({ where: { id: round.data.id }, select: { opensAt: true, closesAt: true } });
    expect(row).toEqual({ opensAt: zonedInstant('2031-03-01', '00:00'), closesAt: zonedInstant('2031-03-15', '23:59') });

    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const late = await createProject(founder);
    const lateEvening = zonedInstant('2031-03-15', '22:30');
    expect(await saveApplication(founder, { roundId: round.data.id, projectId: late.id, answers: [], submit: true }, lateEvening)).toMatchObject({ ok: true });
    const tooLate = await createProject(founder);
    expect(await saveApplication(founder, { roundId: round.data.id, projectId: tooLate.id, answers: [], submit: true }, zonedInstant('2031-03-16', '00:00'))).toMatchObject({ ok: false, code: 'ROUND_CLOSED' });
  });

  it('gives a task whose deadline is a date alone until 23:59 Beijing time that day', async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const input = taskSchema.parse({ title: '设计海报', category: 'DESIGN', rewardPoints: 50, deadline: '2031-03-15', publish: 'yes' });
    const made = await createTask(poster, input, zonedInstant('2031-03-15', '12:00'));
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect((await db.task.findUniqueOrThrow({ where: { id: made.data.id }, select: { deadline: true } })).deadline).toEqual(zonedInstant('2031-03-15', '23:59'));
  });
});
