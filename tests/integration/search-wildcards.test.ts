import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listProjects } from '@/lib/projects/queries';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { listUsers } from '@/lib/users/queries';
import { listMentors } from '@/lib/mentoring/queries';
import { escapeLike } from '@/lib/search';
import { createCampaign, createProject, createUser } from '../factories';

// What a member types is found as typed: `%` and `_` are characters, not LIKE wildcards.
describe('search text with LIKE wildcards', () => {
  it('escapes the wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('校园 二手书')).toBe('校园 二手书');
  });

  it('finds "100%" and "a_b" in the gallery, not every "100…" or "a?b"', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = `w${randomUUID().slice(0, 8)}`;
    const percent = await createProject(owner, { name: `${tag} 100% 回收` });
    await createProject(owner, { name: `${tag} 1000 台打印机` });
    const underscore = await createProject(owner, { name: `${tag} a_b 实验室` });
    await createProject(owner, { name: `${tag} axb 实验室` });
    const backslash = await createProject(owner, { name: `${tag} c\\d 工作室` });
    const names = async (q: string) => (await listProjects(null, projectSearchSchema.parse({ q, limit: 100 }))).items.map((p) => p.id);

    expect(await names(`${tag} 100%`)).toEqual([percent.id]);
    expect(await names(`${tag} a_b`)).toEqual([underscore.id]);
    expect(await names(`${tag} c\\d`)).toEqual([backslash.id]);
    // A plain search still finds every match.
    expect(await names(tag)).toHaveLength(5);
  });

  it('does the same in the campaign list (its own SQL)', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = `w${randomUUID().slice(0, 8)}`;
    const a = await createCampaign(owner);
    const b = await createCampaign(owner);
    await db.campaign.update({ where: { id: a.id }, data: { title: `${tag} 50%_off 计划` } });
    await db.campaign.update({ where: { id: b.id }, data: { title: `${tag} 500 off 计划` } });
    const ids = async (q: string) => (await listCampaigns(null, campaignSearchSchema.parse({ q, limit: 100 }))).items.map((c) => c.id);

    expect(await ids(`${tag} 50%_off`)).toEqual([a.id]);
    expect((await ids(tag)).sort()).toEqual([a.id, b.id].sort());
  });

  it('does the same for the operators\' member search and the mentor directory', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const tag = `w${randomUUID().slice(0, 8)}`;
    const percent = await createUser({ name: `${tag}%王`, roles: ['MENTOR'] });
    await createUser({ name: `${tag}1王`, roles: ['MENTOR'] });

    expect((await listUsers(admin, { q: `${tag}%`, limit: 50 })).items.map((u) => u.id)).toEqual([percent.id]);
    expect((await listMentors({ q: `${tag}%` })).map((m) => m.id)).toEqual([percent.id]);
  });
});
