import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { findProject, listProjects } from '@/lib/projects/queries';
import { projectSchema, projectSearchSchema } from '@/lib/projects/schemas';
import {
  addMilestone,
  createProject as createProjectService,
  inviteMember,
  leaveProject,
  respondToInvitation,
  setFollowing,
  toggleMilestone,
  transferOwnership,
  updateProject,
} from '@/lib/projects/service';
import { createProject, createUser } from '../factories';

const search = (q: Record<string, unknown> = {}) => projectSearchSchema.parse({ limit: 100, ...q });

describe('projects', () => {
  it('lets an entrepreneur create a project and makes them its owner', async () => {
    const founder = await createUser({ roles: ['ENTREPRENEUR'] });
    const input = projectSchema.parse({ name: '校园二手书循环', pitch: '让教材在校园里流转起来', sectors: ['EDTECH', 'GREEN'], needs: 'MENTOR', links: 'https://example.cn' });
    const r = await createProjectService(founder, input);
    if (!r.ok) throw new Error(r.code);
    const project = await findProject(founder, r.data.id);
    expect(project).toMatchObject({ name: '校园二手书循环', teamRole: 'OWNER', needs: ['MENTOR'], links: ['https://example.cn'] });
  });

  it('refuses a member without the entrepreneur role', async () => {
    const member = await createUser();
    await expect(createProjectService(member, projectSchema.parse({ name: 'x', pitch: 'y' }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses bad input: empty name, javascript: links', () => {
    expect(projectSchema.safeParse({ name: '', pitch: 'p' }).success).toBe(false);
    expect(projectSchema.safeParse({ name: 'n', pitch: 'p', links: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('lets only the owner edit', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const other = await createUser({ roles: ['ENTREPRENEUR'] });
    const { id } = await createProject(owner);
    const input = projectSchema.parse({ name: '新名字', pitch: '新介绍' });
    await expect(updateProject(other, id, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updateProject(owner, id, input)).toMatchObject({ ok: true });
    expect((await db.project.findUniqueOrThrow({ where: { id } })).name).toBe('新名字');
  });

  it('hides a private project from everyone outside the team, in lists and by id', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const stranger = await createUser();
    const { id } = await createProject(owner, { visibility: 'PRIVATE', name: '秘密项目 private' });
    expect(await findProject(stranger, id)).toBeNull();
    expect(await findProject(null, id)).toBeNull();
    expect((await listProjects(stranger, search({ q: '秘密项目' }))).items.map((p) => p.id)).not.toContain(id);
    expect((await listProjects(null, search())).items.map((p) => p.id)).not.toContain(id);
    expect(await findProject(owner, id)).not.toBeNull();
    // Editing a project one cannot see says "not found", never "forbidden".
    expect(await updateProject(stranger, id, projectSchema.parse({ name: 'x', pitch: 'y' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await setFollowing(stranger, id, true)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('shows a members-only project to signed-in members but not to visitors', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const { id } = await createProject(owner, { visibility: 'MEMBERS' });
    expect(await findProject(member, id)).not.toBeNull();
    expect(await findProject(null, id)).toBeNull();
  });

  it('searches in Chinese and English and filters by sector and stage', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = Math.random().toString(36).slice(2, 8);
    const a = await createProject(owner, { name: `智能导盲杖${tag}`, sectors: ['HARDWARE'], stage: 'PROTOTYPE' });
    const b = await createProject(owner, { name: `Smart Cane ${tag}`, sectors: ['HEALTH'], stage: 'MVP' });
    expect((await listProjects(null, search({ q: `导盲杖${tag}` }))).items.map((p) => p.id)).toEqual([a.id]);
    expect((await listProjects(null, search({ q: `smart cane ${tag}` }))).items.map((p) => p.id)).toEqual([b.id]);
    expect((await listProjects(null, search({ q: tag, sector: 'HEALTH' }))).items.map((p) => p.id)).toEqual([b.id]);
    expect((await listProjects(null, search({ q: tag, stage: 'PROTOTYPE' }))).items.map((p) => p.id)).toEqual([a.id]);
  });

  it('pages through the gallery with a cursor without repeating or skipping', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = `page${Math.random().toString(36).slice(2, 8)}`;
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await createProject(owner, { name: `${tag} ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listProjects(null, search({ q: tag, limit: 2, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(ids);
  });
});

describe('project teams', () => {
  it('adds an invited member who accepts, and not one who declines', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const { id } = await createProject(owner);
    const a = await inviteMember(owner, { projectId: id, email: alice.email });
    const b = await inviteMember(owner, { projectId: id, email: bob.email });
    if (!a.ok || !b.ok) throw new Error('invite failed');
    expect(await inviteMember(owner, { projectId: id, email: alice.email })).toMatchObject({ ok: false, code: 'INVITATION_PENDING' });
    // Someone else cannot answer Alice's invitation.
    expect(await respondToInvitation(bob, { invitationId: a.data.id, accept: true })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await respondToInvitation(alice, { invitationId: a.data.id, accept: true })).toMatchObject({ ok: true });
    expect(await respondToInvitation(bob, { invitationId: b.data.id, accept: false })).toMatchObject({ ok: true });
    expect(await respondToInvitation(alice, { invitationId: a.data.id, accept: true })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    const team = await db.projectMember.findMany({ where: { projectId: id }, select: { userId: true, role: true } });
    expect(team).toHaveLength(2);
    expect(team).toContainEqual({ userId: alice.id, role: 'MEMBER' });
    expect(await inviteMember(owner, { projectId: id, email: alice.email })).toMatchObject({ ok: false, code: 'ALREADY_MEMBER' });
  });

  it('refuses invitations from a team member who is not the owner', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const { id } = await createProject(owner);
    await db.projectMember.create({ data: { projectId: id, userId: member.id } });
    await expect(inviteMember(member, { projectId: id, email: 'x@test.zcs.cn' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('transfers ownership to a member, after which the old owner can leave', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const outsider = await createUser();
    const { id } = await createProject(owner);
    await db.projectMember.create({ data: { projectId: id, userId: member.id } });
    expect(await leaveProject(owner, id)).toMatchObject({ ok: false, code: 'OWNER_CANNOT_LEAVE' });
    expect(await transferOwnership(owner, { projectId: id, userId: outsider.id })).toMatchObject({ ok: false, code: 'INVALID_TARGET' });
    expect(await db.projectMember.findUniqueOrThrow({ where: { projectId_userId: { projectId: id, userId: owner.id } } })).toMatchObject({ role: 'OWNER' });
    expect(await transferOwnership(owner, { projectId: id, userId: member.id })).toMatchObject({ ok: true });
    expect(await leaveProject(owner, id)).toMatchObject({ ok: true });
    expect(await db.projectMember.findMany({ where: { projectId: id }, select: { userId: true, role: true } })).toEqual([{ userId: member.id, role: 'OWNER' }]);
  });

  it('keeps one owner per project down to the database', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const other = await createUser();
    const { id } = await createProject(owner);
    await expect(db.projectMember.create({ data: { projectId: id, userId: other.id, role: 'OWNER' } })).rejects.toThrow();
  });

  it('lets the team keep milestones and members follow', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const fan = await createUser();
    const { id } = await createProject(owner);
    const m = await addMilestone(owner, { projectId: id, title: '完成原型', dueOn: '2026-12-31' });
    if (!m.ok) throw new Error(m.code);
    expect(await toggleMilestone(owner, m.data.id)).toMatchObject({ ok: true, data: { done: true } });
    expect(await toggleMilestone(fan, m.data.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await setFollowing(fan, id, true)).toMatchObject({ ok: true });
    expect(await setFollowing(fan, id, true)).toMatchObject({ ok: true });
    expect((await findProject(fan, id))?.following).toBe(true);
    expect((await findProject(fan, id))?._count.followers).toBe(1);
  });
});
