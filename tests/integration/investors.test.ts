import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/auth/permissions';
import { listIntroductionsForOwner, listMyIntroductions } from '@/lib/investors/queries';
import { requestIntroduction, respondToIntroduction } from '@/lib/investors/service';
import { createProject, createUser } from '../factories';

describe('investor introductions', () => {
  it('reveals both e-mails only once the owner accepts', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const investor = await createUser({ roles: ['INVESTOR'] });
    const project = await createProject(owner);
    const r = await requestIntroduction(investor, { projectId: project.id, ticketFen: 50_000_000, message: '想了解融资计划' });
    if (!r.ok) throw new Error(r.code);
    expect(await requestIntroduction(investor, { projectId: project.id, ticketFen: 1_000, message: '' })).toMatchObject({ ok: false, code: 'INTRODUCTION_PENDING' });
    expect((await listMyIntroductions(investor))[0]).toMatchObject({ status: 'PENDING', contact: null, ticketFen: 50_000_000 });
    expect((await listIntroductionsForOwner(owner))[0].investor.email).toBeNull();

    expect(await respondToIntroduction(owner, { requestId: r.data.id, accept: true })).toEqual({ ok: true, data: undefined });
    expect((await listMyIntroductions(investor))[0].contact).toMatchObject({ email: owner.email });
    expect((await listIntroductionsForOwner(owner))[0].investor.email).toBe(investor.email);
    expect(await respondToIntroduction(owner, { requestId: r.data.id, accept: false })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });

  it('lets only investors ask and only the owner answer', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const investor = await createUser({ roles: ['INVESTOR'] });
    const member = await createUser();
    const project = await createProject(owner);
    await expect(requestIntroduction(member, { projectId: project.id, ticketFen: 1_000, message: '' })).rejects.toBeInstanceOf(ForbiddenError);
    const r = await requestIntroduction(investor, { projectId: project.id, ticketFen: 1_000, message: '' });
    if (!r.ok) throw new Error(r.code);
    expect(await respondToIntroduction(member, { requestId: r.data.id, accept: true })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(respondToIntroduction(investor, { requestId: r.data.id, accept: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listIntroductionsForOwner(member)).toEqual([]);
  });
});
