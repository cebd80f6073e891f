import { describe, expect, it } from 'vitest';
import { roundSchema } from '@/lib/admissions/schemas';
import { bookingCreateSchema, closureSchema } from '@/lib/bookings/schemas';
import { apiPledgeSchema, campaignSchema, idempotencyKeySchema, pledgeSchema } from '@/lib/campaigns/schemas';
import { eventSchema } from '@/lib/events/schemas';
import { introductionSchema } from '@/lib/investors/schemas';
import { milestoneSchema, projectSchema } from '@/lib/projects/schemas';
import { taskSchema } from '@/lib/tasks/schemas';
import { signUpSchema } from '@/lib/users/schemas';
import { isStorableText, MAX_FEN } from '@/lib/validation';

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const campaign = { projectId: 'p1', title: '智能花盆', goal: '80000', durationDays: '30' };

describe('input limits', () => {
  it('refuses a NUL byte or a lone surrogate in any text field with a field error', () => {
    expect(isStorableText('普通文字 😀')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(errorsOf(projectSchema.safeParse({ name: 'a\u0000', pitch: 'ok' }))).toEqual({ name: 'textInvalid' });
    expect(errorsOf(signUpSchema.safeParse({ email: 'a@example.com', name: '\ud83d', password: 'long-enough-pw' }))).toEqual({ name: 'textInvalid' });
    expect(errorsOf(campaignSchema.safeParse({ ...campaign, story: 'x\u0000' }))).toEqual({ story: 'textInvalid' });
    expect(errorsOf(campaignSchema.safeParse({ ...campaign, projectId: '\u0000' }))).toEqual({ projectId: 'textInvalid' });
  });

  it('caps money fields below what an integer column holds', () => {
    expect(errorsOf(campaignSchema.safeParse({ ...campaign, goal: '21474837' }))).toEqual({ goal: 'amountTooHigh' });
    expect(errorsOf(campaignSchema.safeParse({ ...campaign, goal: '10000000.01' }))).toEqual({ goal: 'amountTooHigh' });
    expect(campaignSchema.safeParse({ ...campaign, goal: '10000000' }).success).toBe(true);
    expect(errorsOf(apiPledgeSchema.safeParse({ amountFen: MAX_FEN + 1 }))).toEqual({ amountFen: 'amountTooHigh' });
    expect(errorsOf(pledgeSchema.safeParse({ campaignId: 'c', amount: '99999999', idempotencyKey: 'k'.repeat(36) }))).toEqual({ amount: 'amountTooHigh' });
    expect(errorsOf(introductionSchema.safeParse({ projectId: 'p', ticket: '30000000' }))).toEqual({ ticket: 'amountTooHigh' });
  });

  it('refuses dates outside the years 0001-9999', () => {
    expect(errorsOf(bookingCreateSchema.safeParse({ resourceId: 'r', startsAt: '+010000-01-01T00:00:00Z', durationMinutes: 60 }))).toEqual({ startsAt: 'dateOutOfRange' });
    expect(errorsOf(bookingCreateSchema.safeParse({ resourceId: 'r', startsAt: '0000-06-01T00:00:00Z', durationMinutes: 60 }))).toEqual({ startsAt: 'dateOutOfRange' });
    expect(errorsOf(campaignSchema.safeParse({ ...campaign, startsAt: '-000001-01-01T00:00:00Z' }))).toEqual({ startsAt: 'dateOutOfRange' });
    expect(errorsOf(milestoneSchema.safeParse({ projectId: 'p', title: 't', dueOn: '0000-01-01' }))).toEqual({ dueOn: 'dateOutOfRange' });
    expect(errorsOf(closureSchema.safeParse({ spaceId: 's', startDate: '0000-01-01', endDate: '2026-01-01', reason: 'r' }))).toEqual({ startDate: 'dateOutOfRange' });
    const round = { name: 'r', opensAt: '2026-01-01', closesAt: '99999-01-01', criteria: 'a' };
    expect(errorsOf(roundSchema.safeParse(round))).toMatchObject({ closesAt: 'dateOutOfRange' });
    const task = { title: 't', category: 'DESIGN', rewardPoints: '10', deadline: '0000-01-01T10:00' };
    expect(errorsOf(taskSchema.safeParse(task))).toEqual({ deadline: 'dateOutOfRange' });
    const event = { title: 't', kind: 'TALK', format: 'ONLINE', startsAt: '0000-01-01T10:00', endsAt: '0000-01-01T11:00' };
    expect(errorsOf(eventSchema.safeParse(event))).toMatchObject({ startsAt: 'dateOutOfRange' });
  });

  it('accepts an idempotency key of 8-64 characters only', () => {
    expect(idempotencyKeySchema.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(idempotencyKeySchema.safeParse('k'.repeat(64)).success).toBe(true);
    expect(idempotencyKeySchema.safeParse('k'.repeat(65)).success).toBe(false);
    expect(idempotencyKeySchema.safeParse('k'.repeat(90)).success).toBe(false);
    expect(idempotencyKeySchema.safeParse('short').success).toBe(false);
  });
});
