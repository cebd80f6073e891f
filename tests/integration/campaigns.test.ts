import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findCampaignsToSettle } from '@/lib/campaigns/settlement-service';
import { runCampaignsTick } from '@/lib/jobs/handlers';
import { ForbiddenError } from '@/lib/auth/permissions';
import { canMove, CAMPAIGN_STATUSES } from '@/lib/campaigns/policy';
import { campaignSchema } from '@/lib/campaigns/schemas';
import { findCampaign, listCampaigns, listMyPledges } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { cancelCampaign, createCampaign as createCampaignService, decideCampaign, submitCampaign, updateCampaign } from '@/lib/campaigns/service';
import { createPledge } from '@/lib/pledges/service';
import { createCampaign, createProject, createUser } from '../factories';

const form = (projectId: string, extra: Record<string, unknown> = {}) =>
  campaignSchema.parse({
    projectId,
    title: '智能导盲杖',
    story: '## 为什么\n让视障朋友出行更安全。',
    goal: '80000',
    minPledge: '10',
    durationDays: '30',
    tier0Title: '早鸟版',
    tier0Amount: '299',
    tier0Quantity: '10',
    tier0Month: '2027-03',
    faq0Q: '什么时候发货？',
    faq0A: '2027 年 3 月。',
    ...extra,
  });

describe('campaign state machine', () => {
  it('allows exactly the documented transitions', () => {
    expect(canMove('DRAFT', 'SUBMITTED', 'owner')).toBe(true);
    expect(canMove('SUBMITTED', 'APPROVED', 'operator')).toBe(true);
    expect(canMove('SUBMITTED', 'APPROVED', 'owner')).toBe(false);
    expect(canMove('DRAFT', 'LIVE', 'owner')).toBe(false);
    expect(canMove('DRAFT', 'APPROVED', 'operator')).toBe(false);
    expect(canMove('LIVE', 'SUCCEEDED', 'operator')).toBe(false);
    expect(canMove('SUCCEEDED', 'CANCELLED', 'operator')).toBe(false);
    expect(canMove('FAILED', 'LIVE', 'system')).toBe(false);
    for (const s of CAMPAIGN_STATUSES) expect(canMove(s, 'DRAFT', 'owner')).toBe(false);
  });

  it('parses money as integer fen from yuan text, never through floats', () => {
    const input = form('p1', { goal: '80000.07', minPledge: '0.29', tier0Amount: '19.99' });
    expect(input.goal).toBe(8_000_007);
    expect(input.minPledge).toBe(29);
    expect(input.tiers[0].amount).toBe(1999);
    expect(Number.isInteger(input.tiers[0].amount)).toBe(true);
    expect(campaignSchema.safeParse({ ...form('p1'), goal: '1.005' }).success).toBe(false);
    expect(campaignSchema.safeParse({ projectId: 'p', title: 't', goal: '-5', durationDays: '10', tiers: [], faq: [] }).success).toBe(false);
    expect(campaignSchema.safeParse({ projectId: 'p', title: 't', goal: '5', durationDays: '61', tiers: [], faq: [] }).success).toBe(false);
  });

  it('takes a draft through review to LIVE when the operator approves with no later start', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const project = await createProject(owner);
    const created = await createCampaignService(owner, form(project.id));
    if (!created.ok) throw new Error(created.code);
    const id = created.data.id;
    expect(await decideCampaign(operator, { campaignId: id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await submitCampaign(owner, id)).toEqual({ ok: true, data: undefined });
    expect(await submitCampaign(owner, id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    // Under review it is frozen.
    expect(await updateCampaign(owner, id, form(project.id))).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect(await decideCampaign(operator, { campaignId: id, decision: 'APPROVE', reason: '' })).toEqual({ ok: true, data: { status: 'LIVE' } });
    const c = await db.campaign.findUniqueOrThrow({ where: { id } });
    expect(c.endsAt!.getTime() - c.startsAt!.getTime()).toBe(30 * 86_400_000);
    const audit = await db.auditLog.count({ where: { entityId: id, action: 'campaign.approve' } });
    expect(audit).toBe(1);
  });

  it('keeps an approved campaign with a later start APPROVED until then', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const project = await createProject(owner);
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = await createCampaignService(owner, form(project.id, { startsAt: later }));
    if (!created.ok) throw new Error(created.code);
    await submitCampaign(owner, created.data.id);
    expect(await decideCampaign(operator, { campaignId: created.data.id, decision: 'APPROVE', reason: '' })).toEqual({ ok: true, data: { status: 'APPROVED' } });
  });

  it('sends a campaign back to DRAFT with the reason for the owner', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { id } = await createCampaign(owner, { status: 'SUBMITTED' });
    expect(await decideCampaign(operator, { campaignId: id, decision: 'SEND_BACK', reason: '请补充交付计划' })).toEqual({ ok: true, data: { status: 'DRAFT' } });
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', reviewNote: '请补充交付计划' });
    expect(await db.notification.count({ where: { userId: owner.id, kind: 'campaignSentBack' } })).toBe(1);
  });

  it('lets only operators approve', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const investor = await createUser({ roles: ['INVESTOR'] });
    const { id } = await createCampaign(owner, { status: 'SUBMITTED' });
    await expect(decideCampaign(owner, { campaignId: id, decision: 'APPROVE', reason: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideCampaign(investor, { campaignId: id, decision: 'APPROVE', reason: '' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).status).toBe('SUBMITTED');
  });

  it('lets nobody but the owner edit a campaign, and hides drafts from others', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const other = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const created = await createCampaignService(owner, form(project.id));
    if (!created.ok) throw new Error(created.code);
    // A draft of someone else is simply not found.
    expect(await updateCampaign(other, created.data.id, form(project.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await findCampaign(other, created.data.id)).toBeNull();
    expect(await findCampaign(null, created.data.id)).toBeNull();
    // Creating a campaign for someone else's project is forbidden.
    await expect(createCampaignService(other, form(project.id))).rejects.toBeInstanceOf(ForbiddenError);
    // A published campaign of someone else: visible but not editable.
    const live = await createCampaign(owner);
    await expect(updateCampaign(other, live.id, form(live.projectId))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updateCampaign(owner, created.data.id, form(project.id, { title: '新标题' }))).toMatchObject({ ok: true });
  });

  it('refuses a tier cheaper than the minimum pledge', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    expect(await createCampaignService(owner, form(project.id, { minPledge: '500', tier0Amount: '299' }))).toMatchObject({ ok: false, fieldErrors: { tier0Amount: ['tierBelowMinimum'] } });
  });

  it('cancels a LIVE campaign and voids its pledges', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const stranger = await createUser();
    const { id } = await createCampaign(owner);
    const p = await createPledge(backer, { campaignId: id, tierId: null, amountFen: 5000, idempotencyKey: 'cancel-campaign-1' });
    expect(p.ok).toBe(true);
    await expect(cancelCampaign(stranger, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await cancelCampaign(owner, id)).toEqual({ ok: true, data: undefined });
    // Settlement is the job queue's work, not the request's: the pledge is voided when it runs.
    expect(await db.pledge.findMany({ where: { campaignId: id }, select: { status: true } })).toEqual([{ status: 'AUTHORIZED' }]);
    expect(await findCampaignsToSettle()).toContain(id);
    await runCampaignsTick();
    expect(await db.pledge.findMany({ where: { campaignId: id }, select: { status: true } })).toEqual([{ status: 'VOIDED' }]);
    expect(await cancelCampaign(owner, id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
  });

  it('shows totals computed from pledges and never another backer’s pledge details', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const a = await createUser();
    const b = await createUser();
    const { id } = await createCampaign(owner, { goalFen: 100_000 });
    await createPledge(a, { campaignId: id, tierId: null, amountFen: 30_000, idempotencyKey: 'totals-a-1' });
    await createPledge(a, { campaignId: id, tierId: null, amountFen: 20_000, idempotencyKey: 'totals-a-2' });
    await createPledge(b, { campaignId: id, tierId: null, amountFen: 10_000, idempotencyKey: 'totals-b-1' });
    const detail = await findCampaign(null, id);
    expect(detail).toMatchObject({ raisedFen: 60_000, backers: 2 });
    expect(JSON.stringify(detail)).not.toContain(a.id);
    const mine = await listMyPledges(b, id);
    expect(mine.map((p) => p.amountFen)).toEqual([10_000]);
    const listed = await listCampaigns(null, campaignSearchSchema.parse({ sort: 'funded', limit: 100 }));
    expect(listed.items.find((c) => c.id === id)).toMatchObject({ raisedFen: 60_000, backers: 2, recentPledges: 3 });
  });

  it('pages through the browse list without repeats', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await createCampaign(owner)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCampaigns(null, campaignSearchSchema.parse({ sort: 'newest', limit: 2, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
  });
});
