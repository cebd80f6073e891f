import { describe, expect, it } from 'vitest';
import { bookingListSchema, resourceFilterSchema, weekCalendarSchema } from '@/lib/bookings/schemas';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { eventSearchSchema } from '@/lib/events/schemas';
import { mentorSearchSchema } from '@/lib/mentoring/schemas';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import { userSearchSchema } from '@/lib/users/schemas';

describe('search parameters', () => {
  it("keeps the project gallery's filters when its form sends empty selects", () => {
    expect(projectSearchSchema.parse({ q: '', sector: 'EDTECH', stage: '', need: '' })).toEqual({ sector: 'EDTECH', limit: 12 });
    expect(projectSearchSchema.parse({ q: '机器人', sector: '', stage: 'MVP', need: '' })).toEqual({ q: '机器人', stage: 'MVP', limit: 12 });
  });

  it('drops a bad project parameter and keeps the others', () => {
    expect(projectSearchSchema.parse({ q: 'x'.repeat(61), sector: 'NOPE', stage: 'IDEA', limit: '1000', cursor: 'c'.repeat(65) })).toEqual({ stage: 'IDEA', limit: 12 });
    expect(projectSearchSchema.parse({ need: 'FUNDING', q: 'a\u0000b' })).toMatchObject({ need: 'FUNDING', q: undefined });
    expect(projectSearchSchema.parse({ sector: ['EDTECH', 'NOPE'] })).toMatchObject({ sector: 'EDTECH' });
  });

  it('drops an over-long campaign search term or cursor but keeps the sort', () => {
    expect(campaignSearchSchema.parse({ q: 'q'.repeat(61), cursor: 'c'.repeat(201), sort: 'newest' })).toEqual({ endingSoon: false, sort: 'newest', limit: 12 });
    expect(campaignSearchSchema.parse({ q: ' 智能 ', funded: '50', endingSoon: '1' })).toMatchObject({ q: '智能', funded: 50, endingSoon: true, sort: 'trending' });
    expect(campaignSearchSchema.parse({ sort: 'sideways', funded: '-3', limit: 'x', sector: '' })).toEqual({ endingSoon: false, sort: 'trending', limit: 12 });
  });

  it('treats each task, event and mentor parameter on its own', () => {
    expect(taskSearchSchema.parse({ category: '', location: 'REMOTE', bounty: '2', cursor: '' })).toEqual({ location: 'REMOTE', limit: 12 });
    expect(eventSearchSchema.parse({ kind: 'NOPE', limit: '5' })).toEqual({ limit: 5 });
    expect(mentorSearchSchema.parse({ q: 'x'.repeat(61) })).toEqual({});
    expect(mentorSearchSchema.parse({ q: ' 硬件 ' })).toEqual({ q: '硬件' });
  });

  it('treats each booking and member-list parameter on its own', () => {
    expect(bookingListSchema.parse({ scope: 'later', cursor: 'abc' })).toEqual({ scope: 'upcoming', cursor: 'abc', limit: 20 });
    expect(bookingListSchema.parse({ scope: 'past', limit: '0' })).toEqual({ scope: 'past', limit: 20 });
    expect(resourceFilterSchema.parse({ kind: '', zone: 'A区', freeAt: '0000-01-01T10:00' })).toEqual({ zone: 'A区' });
    expect(resourceFilterSchema.parse({ freeAt: '2026-11-23T14:00' })).toEqual({ freeAt: '2026-11-23T14:00' });
    expect(weekCalendarSchema.parse({ week: '2026-13-45' })).toEqual({});
    expect(weekCalendarSchema.parse({ week: '2026-11-23' })).toEqual({ week: '2026-11-23' });
    expect(userSearchSchema.parse({ q: '', cursor: 'c'.repeat(65), limit: '7' })).toEqual({ limit: 7 });
  });
});
