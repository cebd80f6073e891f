import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { moderateContent, reportContent, reportThreshold } from '@/lib/moderation/service';
import { listReportedContent, listWaitingContent } from '@/lib/moderation/queries';
import { findCampaign, listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { addComment } from '@/lib/campaigns/service';
import { findProject, listProjects } from '@/lib/projects/queries';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { findTask, listOpenTasks } from '@/lib/tasks/queries';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import { findHomeModules } from '@/lib/home/queries';
import { openExport } from '@/lib/exports/open';
import { GET as campaignsRoute } from '@/app/api/v1/campaigns/route';
import { GET as campaignRoute } from '@/app/api/v1/campaigns/[id]/route';
import { GET as projectsRoute } from '@/app/api/v1/projects/route';
import { GET as projectRoute } from '@/app/api/v1/projects/[id]/route';
import { GET as tasksRoute } from '@/app/api/v1/tasks/route';
import en from '@/messages/en.json';
import type { SessionUser } from '@/lib/users/queries';
import { createCampaign, createProject, createTask, createUser } from '../factories';

const t = createTranslator({ locale: 'en', messages: en });
const tEn = (key: string) => t(key as never);

const get = (path: string) => new NextRequest(`http://localhost${path}`);
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) };

/** The names or titles (first column) of an operator's CSV export of one table, searched by `q`. */
async function exported(table: 'projects' | 'campaigns' | 'tasks', q: string): Promise<string[]> {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const opened = await openExport(operator, table, { q }, { format: 'csv', t: tEn });
  if (!opened) throw new Error('operator was refused');
  const chunks: Uint8Array[] = [];
  const reader = opened.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const rows = parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
  return rows.slice(1).map((r) => r[0]);
}

async function reporters(n: number): Promise<SessionUser[]> {
  return Promise.all(Array.from({ length: n }, () => createUser()));
}

describe('moderation of projects, campaigns, campaign comments and tasks', () => {
  it('takes one report per member however fast they click, and hides a campaign at the threshold of distinct reporters', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner);
    const threshold = await reportThreshold(db);
    const [first, ...others] = await reporters(threshold);

    const clicks = await Promise.all(Array.from({ length: 20 }, () => reportContent(first, { contentType: 'campaign', contentId: campaign.id, reason: '虚假宣传' })));
    expect(clicks.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(clicks.flatMap((r) => (r.ok ? [] : [r.code])))).toEqual(new Set(['ALREADY_REPORTED']));
    expect(await db.contentReport.count({ where: { contentType: 'campaign', contentId: campaign.id } })).toBe(1);

    // Under the threshold the campaign stays up.
    for (const r of others.slice(0, -1)) expect((await reportContent(r, { contentType: 'campaign', contentId: campaign.id, reason: '' })).ok).toBe(true);
    expect(await findCampaign(null, campaign.id)).not.toBeNull();

    const last = await reportContent(others[others.length - 1] ?? first, { contentType: 'campaign', contentId: campaign.id, reason: '' });
    expect(last.ok && last.data.hidden).toBe(true);
    const row = await db.moderatedContent.findUniqueOrThrow({ where: { contentType_contentId: { contentType: 'campaign', contentId: campaign.id } } });
    expect([row.reportCount, row.state, row.authorId]).toEqual([threshold, 'PENDING_REVIEW', owner.id]);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).hiddenAt).not.toBeNull();

    // Gone for a visitor and another member: page, browse list, home, API and export.
    const title = (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).title;
    expect(await findCampaign(null, campaign.id)).toBeNull();
    expect(await findCampaign(await createUser(), campaign.id)).toBeNull();
    expect((await listCampaigns(null, campaignSearchSchema.parse({ q: title }))).items).toHaveLength(0);
    expect((await findHomeModules()).campaigns.items.map((c) => c.id)).not.toContain(campaign.id);
    expect((await campaignRoute(get(`/api/v1/campaigns/${campaign.id}`), ctx(campaign.id))).status).toBe(404);
    expect((await (await campaignsRoute(get(`/api/v1/campaigns?q=${encodeURIComponent(title)}`), noParams)).json()).items).toHaveLength(0);
    expect(await exported('campaigns', title)).not.toContain(title);

    // Its team still sees it, with the state it is in; the operators find it in the queue and the inbox.
    const mine = await findCampaign(owner, campaign.id);
    expect(mine?.hidden?.state).toBe('PENDING_REVIEW');
    const operator = await createUser({ roles: ['OPERATOR'] });
    const queued = (await listReportedContent(operator, 500)).find((r) => r.contentId === campaign.id);
    expect(queued).toMatchObject({ contentType: 'campaign', title, link: `/campaigns/${campaign.id}/manage` });
    expect((await listWaitingContent(500)).find((r) => r.contentId === campaign.id)?.title).toBe(title);
  });

  it('hides exactly once when many distinct members report at the same moment, and tells the operators once', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const owner = await createUser();
    const task = await createTask(owner);
    const threshold = await reportThreshold(db);
    const crowd = await reporters(threshold + 7);
    const results = await Promise.all(crowd.map((r) => reportContent(r, { contentType: 'task', contentId: task.id, reason: '' })));
    // Reports arriving after the task is hidden find nothing left to report.
    const hidden = results.filter((r) => r.ok && r.data.hidden);
    expect(hidden).toHaveLength(1);
    const row = await db.moderatedContent.findUniqueOrThrow({ where: { contentType_contentId: { contentType: 'task', contentId: task.id } } });
    expect(row.state).toBe('PENDING_REVIEW');
    expect(row.reportCount).toBe(results.filter((r) => r.ok).length);
    expect(await db.contentReport.count({ where: { contentType: 'task', contentId: task.id } })).toBe(row.reportCount);
    expect(await db.notification.count({ where: { userId: operator.id, kind: 'queueReportedContent', subjectId: task.id } })).toBe(1);
  });

  it('lets an operator hide a project with a reason: gone from the gallery, the API and the export, its owner told once and shown why', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const name = `审核项目 ${randomUUID().slice(0, 6)}`;
    const project = await createProject(owner, { name });
    const operator = await createUser({ roles: ['OPERATOR'] });

    expect((await moderateContent(operator, { contentType: 'project', contentId: project.id, action: 'hide', reason: '冒用他人商标' })).ok).toBe(true);

    expect(await findProject(null, project.id)).toBeNull();
    expect(await findProject(await createUser(), project.id)).toBeNull();
    expect((await listProjects(null, projectSearchSchema.parse({ q: name }))).items).toHaveLength(0);
    expect((await listProjects(owner, projectSearchSchema.parse({ q: name }))).items).toHaveLength(0);
    expect((await findHomeModules()).projects.map((p) => p.id)).not.toContain(project.id);
    expect((await projectRoute(get(`/api/v1/projects/${project.id}`), ctx(project.id))).status).toBe(404);
    expect((await (await projectsRoute(get(`/api/v1/projects?q=${encodeURIComponent(name)}`), noParams)).json()).items).toHaveLength(0);
    expect(await exported('projects', name)).not.toContain(name);

    const seen = await findProject(owner, project.id);
    expect(seen?.hidden).toMatchObject({ state: 'HIDDEN', reason: '冒用他人商标' });
    expect((await findProject(operator, project.id))?.hidden?.reason).toBe('冒用他人商标');
    const notes = await db.notification.findMany({ where: { userId: owner.id, kind: 'contentHidden', subjectId: project.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0].data).toMatchObject({ reason: '冒用他人商标', title: name });
    expect(notes[0].link).toBe(`/projects/${project.id}/view`);

    expect((await moderateContent(operator, { contentType: 'project', contentId: project.id, action: 'restore', reason: '已核实' })).ok).toBe(true);
    expect((await findProject(null, project.id))?.hidden).toBeNull();
    expect((await listProjects(null, projectSearchSchema.parse({ q: name }))).items.map((p) => p.id)).toEqual([project.id]);
    expect(await exported('projects', name)).toEqual([name]);
    expect(await db.notification.count({ where: { userId: owner.id, kind: 'contentRestored', subjectId: project.id } })).toBe(1);
  });

  it('leaves a hidden task out of the list, the API, the home page and the export, while its poster sees it with the reason', async () => {
    const poster = await createUser();
    const title = `隐藏任务 ${randomUUID().slice(0, 6)}`;
    const task = await createTask(poster, { title });
    const operator = await createUser({ roles: ['OPERATOR'] });
    expect((await listOpenTasks(null, taskSearchSchema.parse({ q: title }))).items.map((x) => x.id)).toEqual([task.id]);

    expect((await moderateContent(operator, { contentType: 'task', contentId: task.id, action: 'hide', reason: '外包刷单' })).ok).toBe(true);

    expect((await listOpenTasks(null, taskSearchSchema.parse({ q: title }))).items).toHaveLength(0);
    expect((await listOpenTasks(poster, taskSearchSchema.parse({ q: title }))).items).toHaveLength(0);
    expect((await findHomeModules()).tasks.map((x) => x.id)).not.toContain(task.id);
    expect((await (await tasksRoute(get(`/api/v1/tasks?q=${encodeURIComponent(title)}`), noParams)).json()).items).toHaveLength(0);
    expect(await exported('tasks', title)).not.toContain(title);
    expect(await findTask(null, task.id)).toBeNull();
    expect(await findTask(await createUser(), task.id)).toBeNull();
    expect((await findTask(poster, task.id))?.hidden).toMatchObject({ state: 'HIDDEN', reason: '外包刷单' });
    expect(await db.notification.count({ where: { userId: poster.id, kind: 'contentHidden', subjectId: task.id } })).toBe(1);

    // Reports of a hidden task find nothing (it is not shown), and nobody can join it.
    const late = await reportContent(await createUser(), { contentType: 'task', contentId: task.id, reason: '' });
    expect(late.ok ? null : late.code).toBe('NOT_FOUND');
  });

  it('hides a campaign comment through the one service (the operator\u2019s former "hide comment"), tells its author why and restores it', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner);
    const author = await createUser();
    const comment = await addComment(author, { campaignId: campaign.id, body: '加我微信买便宜货' });
    if (!comment.ok) throw new Error(comment.code);
    const operator = await createUser({ roles: ['OPERATOR'] });

    expect((await moderateContent(operator, { contentType: 'campaignComment', contentId: comment.data.id, action: 'hide', reason: '广告' })).ok).toBe(true);
    expect((await findCampaign(null, campaign.id))?.comments.map((c) => c.id)).not.toContain(comment.data.id);
    expect((await findCampaign(author, campaign.id))?.comments.map((c) => c.id)).not.toContain(comment.data.id);
    expect((await findCampaign(operator, campaign.id))?.comments.find((c) => c.id === comment.data.id)?.hiddenAt).not.toBeNull();
    const hidden = await db.notification.findMany({ where: { userId: author.id, kind: 'contentHidden', subjectId: comment.data.id } });
    expect(hidden.map((n) => (n.data as { reason: string }).reason)).toEqual(['广告']);
    expect(await db.auditLog.count({ where: { action: 'moderation.hide', entityType: 'CampaignComment', entityId: comment.data.id } })).toBe(1);

    expect((await moderateContent(operator, { contentType: 'campaignComment', contentId: comment.data.id, action: 'restore', reason: '误判' })).ok).toBe(true);
    expect((await findCampaign(null, campaign.id))?.comments.map((c) => c.id)).toContain(comment.data.id);
  });

  it('refuses a report of one\u2019s own content or of a private project, and moderation by a member', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const open = await createProject(owner);
    const closed = await createProject(owner, { visibility: 'PRIVATE' });
    const own = await reportContent(owner, { contentType: 'project', contentId: open.id, reason: '' });
    expect(own.ok ? null : own.code).toBe('OWN_CONTENT');
    const secret = await reportContent(await createUser(), { contentType: 'project', contentId: closed.id, reason: '' });
    expect(secret.ok ? null : secret.code).toBe('NOT_FOUND');
    const draft = await createCampaign(owner, { status: 'DRAFT' });
    const early = await reportContent(await createUser(), { contentType: 'campaign', contentId: draft.id, reason: '' });
    expect(early.ok ? null : early.code).toBe('NOT_FOUND');
    await expect(moderateContent(await createUser(), { contentType: 'project', contentId: open.id, action: 'hide', reason: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.project.findUniqueOrThrow({ where: { id: open.id } })).hiddenAt).toBeNull();
  });
});
