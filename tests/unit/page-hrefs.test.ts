import { describe, expect, it } from 'vitest';
import { projectPageHref } from '@/lib/projects/policy';
import { taskPageHref } from '@/lib/tasks/policy';
import { campaignPageHref } from '@/lib/campaigns/policy';

// The public pages answer 404 for what a visitor may not see; links on signed-in pages go to the
// members' pages of those instead, so nobody passes through a 404 to reach what they may see.
describe('links to a project, a task or a campaign', () => {
  it('go to the public page of a public project and to the members’ view of any other', () => {
    expect(projectPageHref({ id: 'p1', visibility: 'PUBLIC' })).toBe('/projects/p1');
    expect(projectPageHref({ id: 'p1', visibility: 'MEMBERS' })).toBe('/projects/p1/view');
    expect(projectPageHref({ id: 'p1', visibility: 'PRIVATE' })).toBe('/projects/p1/view');
  });

  it('go to the signed-in page of a task not yet published', () => {
    expect(taskPageHref({ id: 't1', status: 'DRAFT' })).toBe('/tasks/t1/view');
    expect(taskPageHref({ id: 't1', status: 'PENDING_APPROVAL' })).toBe('/tasks/t1/view');
    expect(taskPageHref({ id: 't1', status: 'OPEN' })).toBe('/tasks/t1');
    expect(taskPageHref({ id: 't1', status: 'COMPLETED' })).toBe('/tasks/t1');
  });

  it('go to the management page of a campaign until it is approved', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'CANCELLED'] as const) expect(campaignPageHref({ id: 'c1', status })).toBe('/campaigns/c1/manage');
    for (const status of ['APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED'] as const) expect(campaignPageHref({ id: 'c1', status })).toBe('/campaigns/c1');
  });
});
