import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { listProjects } from '@/lib/projects/queries';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { listOpenTasks } from '@/lib/tasks/queries';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import { createCampaign, createProject, createTask, createUser } from '../factories';

// The cached browse entries are the visitor's lists; a member's island adds what lies beyond them.
describe('what a member sees beyond the visitor’s lists', () => {
  it('is the members-only projects and their own private ones, never a public one', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const other = await createUser();
    const tag = `beyond${Math.random().toString(36).slice(2, 8)}`;
    const pub = await createProject(owner, { name: `${tag} 公开` });
    const members = await createProject(owner, { name: `${tag} 成员`, visibility: 'MEMBERS' });
    const own = await createProject(owner, { name: `${tag} 私密`, visibility: 'PRIVATE' });
    const search = projectSearchSchema.parse({ q: tag, limit: 50 });
    const ids = async (viewer: Parameters<typeof listProjects>[0], beyondPublic = false) => new Set((await listProjects(viewer, search, { beyondPublic })).items.map((p) => p.id));

    expect(await ids(null)).toEqual(new Set([pub.id]));
    expect(await ids(owner, true)).toEqual(new Set([members.id, own.id]));
    expect(await ids(other, true)).toEqual(new Set([members.id]));
    // Together, the visitor's list and what lies beyond it are the member's whole list.
    expect(await ids(other)).toEqual(new Set([pub.id, members.id]));
  });

  it('is the campaigns of members-only projects', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const open = await createCampaign(owner);
    const closed = await createCampaign(owner);
    await db.project.update({ where: { id: closed.projectId }, data: { visibility: 'MEMBERS' } });
    const search = campaignSearchSchema.parse({ limit: 100 });
    const beyond = (await listCampaigns(member, search, { beyondPublic: true })).items.map((c) => c.id);
    expect(beyond).toContain(closed.id);
    expect(beyond).not.toContain(open.id);
    expect((await listCampaigns(null, search)).items.map((c) => c.id)).not.toContain(closed.id);
  });

  it('is the open tasks of members-only projects, not the space’s own or a public project’s', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const tag = `任务${Math.random().toString(36).slice(2, 8)}`;
    const membersProject = await createProject(owner, { visibility: 'MEMBERS' });
    const publicProject = await createProject(owner);
    const inner = await createTask(owner, { title: `${tag} 成员`, projectId: membersProject.id });
    const outer = await createTask(owner, { title: `${tag} 公开`, projectId: publicProject.id });
    const space = await createTask(operator, { title: `${tag} 空间` });
    const search = taskSearchSchema.parse({ q: tag });
    const ids = async (viewer: Parameters<typeof listOpenTasks>[0], beyondPublic = false) => new Set((await listOpenTasks(viewer, search, new Date(), { beyondPublic })).items.map((t) => t.id));
    expect(await ids(member, true)).toEqual(new Set([inner.id]));
    expect(await ids(null)).toEqual(new Set([outer.id, space.id]));
    expect(await ids(member)).toEqual(new Set([inner.id, outer.id, space.id]));
  });
});
