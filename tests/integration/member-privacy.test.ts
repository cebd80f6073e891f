import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findMemberContributions } from '@/lib/points/queries';
import { findProjectForTeam } from '@/lib/projects/queries';
import { inviteMember } from '@/lib/projects/service';
import { createProject, createTask, createUser, uniqueEmail } from '../factories';

async function memberWithProfile(hidden: boolean) {
  const member = await createUser({ name: '周杰' });
  await db.user.update({ where: { id: member.id }, data: { bio: '喜欢做硬件', skills: ['焊接', 'KiCad'], organization: '同济大学', hideFromLeaderboards: hidden } });
  return member;
}

describe("a member's public page", () => {
  it('shows only the name of a member who hid their profile', async () => {
    const [member, visitor] = await Promise.all([memberWithProfile(true), createUser()]);
    for (const viewer of [visitor, null]) {
      const page = await findMemberContributions(viewer, member.id);
      expect(page).toMatchObject({ hidden: true, summary: null, completed: [] });
      expect(page!.member).toEqual({ id: member.id, name: '周杰', hideFromLeaderboards: true });
      expect(JSON.stringify(page)).not.toMatch(/同济|焊接|硬件/);
    }
    // The member still sees their own page in full.
    expect((await findMemberContributions(member, member.id))!.member).toMatchObject({ organization: '同济大学', skills: ['焊接', 'KiCad'] });
  });

  it('shows organisation and skills of a member who did not hide', async () => {
    const [member, visitor] = await Promise.all([memberWithProfile(false), createUser()]);
    expect((await findMemberContributions(visitor, member.id))!.member).toMatchObject({ organization: '同济大学', skills: ['焊接', 'KiCad'] });
  });

  it("does not list a private project's tasks to outsiders, but does to the project's team", async () => {
    const [owner, maker, visitor, operator] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser(), createUser(), createUser({ roles: ['OPERATOR'] })]);
    const [secret, open] = await Promise.all([createProject(owner, { visibility: 'PRIVATE' }), createProject(owner, { visibility: 'PUBLIC' })]);
    const [secretTask, openTask, spaceTask] = await Promise.all([
      createTask(owner, { projectId: secret.id, title: '保密电路板布线' }),
      createTask(owner, { projectId: open.id }),
      createTask(operator),
    ]);
    await db.taskAssignment.createMany({
      data: [secretTask, openTask, spaceTask].map((t) => ({ taskId: t.id, userId: maker.id, status: 'COMPLETED' as const, completedAt: new Date() })),
    });
    const listed = async (viewer: { id: string } | null) => (await findMemberContributions(viewer, maker.id))!.completed.map((a) => a.task.id).sort();
    expect(await listed(visitor)).toEqual([openTask.id, spaceTask.id].sort());
    expect(await listed(null)).toEqual([openTask.id, spaceTask.id].sort());
    expect(await listed(owner)).toEqual([secretTask.id, openTask.id, spaceTask.id].sort());
  });
});

describe("a team's pending invitations", () => {
  it("show the invitees' e-mails to the owner only; other members see how many there are", async () => {
    const [owner, teammate] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser()]);
    const project = await createProject(owner);
    await db.projectMember.create({ data: { projectId: project.id, userId: teammate.id, role: 'MEMBER' } });
    const invited = [uniqueEmail('invitee'), uniqueEmail('invitee')];
    for (const email of invited) expect((await inviteMember(owner, { projectId: project.id, email })).ok).toBe(true);

    const asOwner = await findProjectForTeam(owner, project.id);
    expect(asOwner!.invitations.map((i) => i.email).sort()).toEqual([...invited].sort());
    const asTeammate = await findProjectForTeam(teammate, project.id);
    expect(asTeammate!.invitations).toEqual([]);
    expect(asTeammate!.invitationCount).toBe(2);
    expect(JSON.stringify(asTeammate)).not.toContain('invitee-');
  });
});
