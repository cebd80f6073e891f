import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/service';
import { commentOnApplication, decideApplication, saveApplication, scoreApplication, startReview } from '@/lib/admissions/service';
import { GET as listRoute } from '@/app/api/v1/projects/route';
import { GET as oneRoute } from '@/app/api/v1/projects/[id]/route';
import { GET as applicationsRoute } from '@/app/api/v1/projects/[id]/applications/route';
import type { SessionUser } from '@/lib/users/queries';
import { createOpenRound, createProject, createUser } from '../factories';

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'test' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}

function get(path: string, auth?: string) {
  return new NextRequest(`http://localhost${path}`, { headers: auth ? { authorization: auth } : {} });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe('projects API', () => {
  it('lists visible projects with a cursor, and hides private ones from others', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = `api${Math.random().toString(36).slice(2, 8)}`;
    const open = await createProject(owner, { name: `${tag} open` });
    const hidden = await createProject(owner, { name: `${tag} hidden`, visibility: 'PRIVATE' });
    const members = await createProject(owner, { name: `${tag} members`, visibility: 'MEMBERS' });

    const anonymous = await (await listRoute(get(`/api/v1/projects?q=${tag}`), { params: Promise.resolve({}) })).json();
    expect(anonymous.items.map((p: { id: string }) => p.id)).toEqual([open.id]);

    const stranger = await bearer(await createUser());
    const asStranger = await (await listRoute(get(`/api/v1/projects?q=${tag}&limit=1`, stranger), { params: Promise.resolve({}) })).json();
    expect(asStranger.items).toHaveLength(1);
    expect(asStranger.nextCursor).toBeTruthy();
    const page2 = await (await listRoute(get(`/api/v1/projects?q=${tag}&limit=1&cursor=${asStranger.nextCursor}`, stranger), { params: Promise.resolve({}) })).json();
    expect([...asStranger.items, ...page2.items].map((p: { id: string }) => p.id).sort()).toEqual([open.id, members.id].sort());
    expect(page2.nextCursor).toBeNull();

    expect((await oneRoute(get(`/api/v1/projects/${hidden.id}`, stranger), ctx(hidden.id))).status).toBe(404);
    expect((await oneRoute(get(`/api/v1/projects/${hidden.id}`), ctx(hidden.id))).status).toBe(404);
    const mine = await oneRoute(get(`/api/v1/projects/${hidden.id}`, await bearer(owner)), ctx(hidden.id));
    expect(mine.status).toBe(200);
    expect((await mine.json()).team).toEqual([{ id: owner.id, name: owner.name, role: 'OWNER' }]);
  });

  it('shows the owner their applications and decision, never internal comments or scores', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const project = await createProject(owner);
    const round = await createOpenRound();
    const app = await saveApplication(owner, { roundId: round.id, projectId: project.id, answers: ['答案'], submit: true });
    if (!app.ok) throw new Error(app.code);
    await startReview(operator, app.data.id);
    await scoreApplication(operator, { applicationId: app.data.id, criterionId: round.criteria[0].id, score: 2 });
    await commentOnApplication(operator, { applicationId: app.data.id, body: 'SECRET-REVIEWER-NOTE' });
    await decideApplication(operator, { applicationId: app.data.id, decision: 'WAITLISTED', message: '候补中' });

    const res = await applicationsRoute(get(`/api/v1/projects/${project.id}/applications`, await bearer(owner)), ctx(project.id));
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain('SECRET-REVIEWER-NOTE');
    expect(text).not.toContain('"score"');
    expect(JSON.parse(text).items[0]).toMatchObject({ status: 'WAITLISTED', decisionMessage: '候补中' });

    const other = await applicationsRoute(get(`/api/v1/projects/${project.id}/applications`, await bearer(await createUser())), ctx(project.id));
    expect(other.status).toBe(404);
    expect((await applicationsRoute(get(`/api/v1/projects/${project.id}/applications`), ctx(project.id))).status).toBe(401);
  });
});
