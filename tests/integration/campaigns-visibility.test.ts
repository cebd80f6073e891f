import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addComment, answerComment, cancelCampaign, decideCampaign, setWatching } from '@/lib/campaigns/service';
import { findCampaign, listWatchedCampaigns } from '@/lib/campaigns/queries';
import { createPledge } from '@/lib/pledges/service';
import { createCampaign, createUser } from '../factories';

async function privateLiveCampaign() {
  const [owner, stranger] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser({ roles: ['INVESTOR'] })]);
  const campaign = await createCampaign(owner);
  const comment = await db.campaignComment.create({ data: { campaignId: campaign.id, authorId: owner.id, body: '什么时候发货？' }, select: { id: true } });
  await db.project.update({ where: { id: campaign.projectId }, data: { visibility: 'PRIVATE' } });
  return { owner, stranger, campaign, commentId: comment.id };
}

describe("a private project's campaign", () => {
  it('is not found for an outsider who knows its id: page, pledge, question, answer, watch, cancel', async () => {
    const { stranger, campaign, commentId } = await privateLiveCampaign();
    expect(await findCampaign(stranger, campaign.id)).toBeNull();
    expect(await findCampaign(null, campaign.id)).toBeNull();
    expect(await createPledge(stranger, { campaignId: campaign.id, tierId: null, amountFen: 10_000, idempotencyKey: `outsider-${campaign.id}` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addComment(stranger, { campaignId: campaign.id, body: '我也想问' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await answerComment(stranger, { commentId, answer: '下个月' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await setWatching(stranger, campaign.id, true)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cancelCampaign(stranger, campaign.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.pledge.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db.campaignComment.count({ where: { campaignId: campaign.id } })).toBe(1);
    expect(await db.campaignWatch.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe('LIVE');
  });

  it("stays open to its own team, who may pledge and ask", async () => {
    const { owner, campaign } = await privateLiveCampaign();
    const teammate = await createUser();
    await db.projectMember.create({ data: { projectId: campaign.projectId, userId: teammate.id, role: 'MEMBER' } });
    expect(await findCampaign(teammate, campaign.id)).not.toBeNull();
    expect(await createPledge(teammate, { campaignId: campaign.id, tierId: null, amountFen: 10_000, idempotencyKey: `teammate-${campaign.id}` })).toMatchObject({ ok: true });
    expect(await addComment(teammate, { campaignId: campaign.id, body: '内部测试' })).toMatchObject({ ok: true });
    expect(await setWatching(owner, campaign.id, true)).toMatchObject({ ok: true });
  });

  it("leaves the watchlist of an outsider once the project turns private", async () => {
    const [owner, investor] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser({ roles: ['INVESTOR'] })]);
    const campaign = await createCampaign(owner);
    expect(await setWatching(investor, campaign.id, true)).toMatchObject({ ok: true });
    expect((await listWatchedCampaigns(investor)).map((w) => w.campaign.id)).toContain(campaign.id);
    await db.project.update({ where: { id: campaign.projectId }, data: { visibility: 'PRIVATE' } });
    expect((await listWatchedCampaigns(investor)).map((w) => w.campaign.id)).not.toContain(campaign.id);
  });

  it('is seen by a members-only visitor only when signed in', async () => {
    const [owner, member] = await Promise.all([createUser({ roles: ['ENTREPRENEUR'] }), createUser()]);
    const campaign = await createCampaign(owner);
    await db.project.update({ where: { id: campaign.projectId }, data: { visibility: 'MEMBERS' } });
    expect(await findCampaign(null, campaign.id)).toBeNull();
    expect(await findCampaign(member, campaign.id)).not.toBeNull();
    expect(await addComment(member, { campaignId: campaign.id, body: '请问' })).toMatchObject({ ok: true });
  });
});

describe('reviewing a campaign', () => {
  it("needs a second operator when the operator is on the project's team", async () => {
    const [founderOperator, teammateOperator, secondOperator] = await Promise.all([
      createUser({ roles: ['ENTREPRENEUR', 'OPERATOR'] }),
      createUser({ roles: ['OPERATOR'] }),
      createUser({ roles: ['OPERATOR'] }),
    ]);
    const first = await createCampaign(founderOperator, { status: 'SUBMITTED' });
    await db.projectMember.create({ data: { projectId: first.projectId, userId: teammateOperator.id, role: 'MEMBER' } });
    for (const operator of [founderOperator, teammateOperator]) {
      expect(await decideCampaign(operator, { campaignId: first.id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: false, code: 'FORBIDDEN', message: 'campaignOwnTeamReview' });
      expect(await decideCampaign(operator, { campaignId: first.id, decision: 'SEND_BACK', reason: '自己退回' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await findCampaign(operator, first.id)).toMatchObject({ isOperator: true, canReview: false });
    }
    expect((await db.campaign.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('SUBMITTED');
    expect(await findCampaign(secondOperator, first.id)).toMatchObject({ canReview: true });
    expect(await decideCampaign(secondOperator, { campaignId: first.id, decision: 'APPROVE', reason: '' })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { entityId: first.id, actorId: { in: [founderOperator.id, teammateOperator.id] } } })).toBe(0);
  });
});
