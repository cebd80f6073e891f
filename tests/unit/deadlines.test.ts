import { describe, expect, it } from 'vitest';
import { parseDeadline, parseFormInstant, START_OF_DAY } from '@/lib/time';
import { taskSchema, taskSchemaIn } from '@/lib/tasks/schemas';
import { roundSchema, roundSchemaIn } from '@/lib/admissions/schemas';
import { campaignSchema, campaignSchemaIn } from '@/lib/campaigns/schemas';

// Beijing time is UTC+8: 23:59 on Dec 4 there is 15:59 UTC the same day.
const END_OF_DEC_4 = new Date('2026-12-04T15:59:00Z');

describe('a date typed without a time', () => {
  it('means 23:59 of that day on the space clock when it is a deadline', () => {
    expect(parseDeadline('2026-12-04')).toEqual(END_OF_DEC_4);
    expect(parseDeadline('2026-12-04', 'Europe/Berlin')).toEqual(new Date('2026-12-04T22:59:00Z'));
  });

  it('means 00:00 of that day on the space clock when it is a start', () => {
    expect(parseFormInstant('2026-12-04', 'Asia/Shanghai', START_OF_DAY)).toEqual(new Date('2026-12-03T16:00:00Z'));
  });

  it('keeps a typed time as wall time and an offset as itself, and refuses days that do not exist', () => {
    expect(parseDeadline('2026-12-04T10:30')).toEqual(new Date('2026-12-04T02:30:00Z'));
    expect(parseDeadline('2026-12-04T10:30:00+01:00')).toEqual(new Date('2026-12-04T09:30:00Z'));
    expect(parseDeadline('2026-02-30')).toBeNull();
    expect(parseDeadline('2026-12-04T25:00')).toBeNull();
    expect(parseDeadline('next friday')).toBeNull();
  });

  it('gives a task deadline of a date alone the end of that day', () => {
    const base = { title: '设计海报', category: 'DESIGN', rewardPoints: 50 };
    const parsed = taskSchema.safeParse({ ...base, deadline: '2026-12-04' });
    expect(parsed.success && parsed.data.deadline).toEqual(END_OF_DEC_4);
    const bad = taskSchema.safeParse({ ...base, deadline: '2026-13-04' });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['deadline', 'taskDeadlineInvalid']);
  });

  it('opens an admissions round at 00:00 and closes it at 23:59 of the dates given', () => {
    const parsed = roundSchema.safeParse({ name: '2027 春季批次', opensAt: '2026-12-01', closesAt: '2026-12-04', criteria: '团队' });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.opensAt).toEqual(new Date('2026-11-30T16:00:00Z'));
    expect(parsed.data.closesAt).toEqual(END_OF_DEC_4);
    // A round opening and closing on the same date is a whole day, not an empty range.
    expect(roundSchema.safeParse({ name: '一日批次', opensAt: '2026-12-04', closesAt: '2026-12-04', criteria: '团队' }).success).toBe(true);
  });

  it('reads an admissions round typed in datetime-local fields on the space clock, not the server clock', () => {
    const parsed = roundSchema.safeParse({ name: '批次', opensAt: '2026-12-01T09:00', closesAt: '2026-12-04T18:00', criteria: '团队' });
    expect(parsed.success && parsed.data.closesAt).toEqual(new Date('2026-12-04T10:00:00Z'));
  });

  it('starts a campaign given a date alone at 00:00 of that day on the space clock', () => {
    const parsed = campaignSchema.safeParse({ projectId: 'p1', title: '众筹', goal: '1000', durationDays: 30, startsAt: '2026-12-04', tiers: [], faq: [] });
    expect(parsed.success && parsed.data.startsAt).toEqual(new Date('2026-12-03T16:00:00Z'));
  });

  it('reads the three forms on the clock the server gives them, once an operator has set another zone', () => {
    // Berlin is UTC+1 in December: 18:00 there is 17:00 UTC; a date alone ends at 22:59 UTC.
    const zone = 'Europe/Berlin';
    const task = taskSchemaIn(zone).safeParse({ title: '设计海报', category: 'DESIGN', rewardPoints: 50, deadline: '2026-12-04T18:00' });
    expect(task.success && task.data.deadline).toEqual(new Date('2026-12-04T17:00:00Z'));
    const round = roundSchemaIn(zone).safeParse({ name: '批次', opensAt: '2026-12-01', closesAt: '2026-12-04', criteria: '团队' });
    expect(round.success && [round.data.opensAt, round.data.closesAt]).toEqual([new Date('2026-11-30T23:00:00Z'), new Date('2026-12-04T22:59:00Z')]);
    const campaign = campaignSchemaIn(zone).safeParse({ projectId: 'p1', title: '众筹', goal: '1000', durationDays: 30, startsAt: '2026-12-04T09:30', tiers: [], faq: [] });
    expect(campaign.success && campaign.data.startsAt).toEqual(new Date('2026-12-04T08:30:00Z'));
  });
});
