import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelPledge, createPledge } from '@/lib/pledges/service';
import { createCampaign, createUser } from '../factories';

const key = () => `k-${Math.random().toString(36).slice(2)}-${Date.now()}`;

describe('pledges', () => {
  it('refuses pledges to campaigns that are not LIVE', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    for (const status of ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const) {
      const { id } = await createCampaign(owner, { status });
      expect(await createPledge(backer, { campaignId: id, tierId: null, amountFen: 1000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'CAMPAIGN_NOT_LIVE' });
    }
    const future = await createCampaign(owner, { status: 'APPROVED', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 5 * 86_400_000) });
    expect(await createPledge(backer, { campaignId: future.id, tierId: null, amountFen: 1000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'CAMPAIGN_NOT_LIVE' });
    const draft = await createCampaign(owner, { status: 'DRAFT' });
    expect(await createPledge(backer, { campaignId: draft.id, tierId: null, amountFen: 1000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const ended = await createCampaign(owner, { endsAt: new Date(Date.now() - 1000) });
    expect(await createPledge(backer, { campaignId: ended.id, tierId: null, amountFen: 1000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'CAMPAIGN_NOT_LIVE' });
    expect(await db.pledge.count({ where: { backerId: backer.id } })).toBe(0);
  });

  it('refuses amounts below the minimum or the tier amount', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const c = await createCampaign(owner, { minPledgeFen: 1000, tiers: [{ title: '标准版', amountFen: 29_900 }] });
    expect(await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 999, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'BELOW_MINIMUM' });
    expect(await createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 29_899, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'BELOW_TIER_AMOUNT' });
    expect(await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 10.5, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const r = await createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 30_000, idempotencyKey: key() });
    expect(r).toMatchObject({ ok: true, data: { replayed: false, pledge: { amountFen: 30_000, status: 'AUTHORIZED' } } });
  });

  it('declines the sandbox test amount (ending in 13 fen) with a clear code and no pledge', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const c = await createCampaign(owner);
    const k = key();
    expect(await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 10_013, idempotencyKey: k })).toMatchObject({ ok: false, code: 'PAYMENT_DECLINED' });
    expect(await db.pledge.count({ where: { campaignId: c.id } })).toBe(0);
    expect(await db.sandboxPayment.count({ where: { idempotencyKey: `authorize:${backer.id}:${k}`, status: 'DECLINED' } })).toBe(1);
  });

  it('sells a tier of 10 units to exactly 10 of 50 parallel backers', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '限量版', amountFen: 19_900, quantity: 10 }] });
    const backers = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    const keys = backers.map((b) => `authorize:${b.id}:${key()}`);
    const results = await Promise.all(backers.map((b, i) => createPledge(b, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 19_900, idempotencyKey: keys[i].split(':')[2] })));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.code === 'TIER_SOLD_OUT')).toHaveLength(40);
    expect(await db.rewardTier.findUniqueOrThrow({ where: { id: c.tiers[0].id }, select: { claimed: true } })).toEqual({ claimed: 10 });
    expect(await db.pledge.count({ where: { tierId: c.tiers[0].id } })).toBe(10);
    // Every hold that did not become a pledge was voided.
    const held = new Set((await db.pledge.findMany({ where: { tierId: c.tiers[0].id }, select: { authorizationId: true } })).map((p) => p.authorizationId));
    const auths = await db.sandboxPayment.findMany({ where: { idempotencyKey: { in: keys } }, select: { id: true } });
    const loose = auths.filter((a) => !held.has(a.id)).map((a) => a.id);
    expect(await db.sandboxPayment.count({ where: { kind: 'VOID', parentId: { in: loose } } })).toBe(loose.length);
  });

  it('turns 20 parallel retries with one idempotency key into one pledge', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const c = await createCampaign(owner);
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 9_900, idempotencyKey: k })));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.pledge.id : '')));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.data.replayed).length).toBe(1);
    expect(await db.pledge.count({ where: { backerId: backer.id } })).toBe(1);
    expect((await db.rewardTier.findUniqueOrThrow({ where: { id: c.tiers[0].id } })).claimed).toBe(1);
    expect(await db.sandboxPayment.count({ where: { idempotencyKey: `authorize:${backer.id}:${k}` } })).toBe(1);
  });

  it('lets a backer hold several pledges and cancel one while LIVE, releasing the tier unit', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const other = await createUser();
    const c = await createCampaign(owner, { tiers: [{ title: '限量', amountFen: 5_000, quantity: 1 }] });
    const first = await createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 5_000, idempotencyKey: key() });
    const second = await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 2_000, idempotencyKey: key() });
    if (!first.ok || !second.ok) throw new Error('pledge failed');
    expect(await createPledge(other, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 5_000, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'TIER_SOLD_OUT' });
    // Someone else's pledge is not found.
    expect(await cancelPledge(other, first.data.pledge.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await cancelPledge(backer, first.data.pledge.id)).toEqual({ ok: true, data: undefined });
    expect(await cancelPledge(backer, first.data.pledge.id)).toMatchObject({ ok: false, code: 'STATE_CHANGED' });
    expect((await db.rewardTier.findUniqueOrThrow({ where: { id: c.tiers[0].id } })).claimed).toBe(0);
    expect(await db.sandboxPayment.count({ where: { idempotencyKey: `void:${first.data.pledge.id}`, kind: 'VOID' } })).toBe(1);
    expect(await createPledge(other, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 5_000, idempotencyKey: key() })).toMatchObject({ ok: true });
  });

  it('refuses to cancel a pledge once the campaign has ended', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const backer = await createUser();
    const c = await createCampaign(owner);
    const p = await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 1_000, idempotencyKey: key() });
    if (!p.ok) throw new Error(p.code);
    await db.campaign.update({ where: { id: c.id }, data: { status: 'SUCCEEDED' } });
    expect(await cancelPledge(backer, p.data.pledge.id)).toMatchObject({ ok: false, code: 'CAMPAIGN_NOT_LIVE' });
  });

  it('lets the database refuse a non-positive amount or an oversold tier', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    await expect(db.rewardTier.update({ where: { id: c.tiers[0].id }, data: { claimed: 11 } })).rejects.toThrow();
    await expect(db.campaign.update({ where: { id: c.id }, data: { goalFen: 0 } })).rejects.toThrow();
  });
});
