import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findMyPledge } from '@/lib/campaigns/queries';
import { checkoutSchema } from '@/lib/campaigns/schemas';
import { activateDueCampaigns } from '@/lib/campaigns/service';
import { createPledge } from '@/lib/pledges/service';
import { createCampaign, createUser } from '../factories';

const address = { name: '王小明', phone: '13800138000', address: '上海市杨浦区国定路 335 号' };

describe('checkout', () => {
  it('records the payment method and gives every pledge its own order number', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '电子版', amountFen: 5_000 }] });
    const backer = await createUser();
    const a = await createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 5_000, idempotencyKey: randomUUID(), paymentMethod: 'WECHAT_PAY' });
    const b = await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 2_000, idempotencyKey: randomUUID(), paymentMethod: 'ALIPAY' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.data.pledge.orderNumber).toMatch(/^ZC[0-9A-F]{12}$/);
    expect(a.data.pledge.orderNumber).not.toBe(b.data.pledge.orderNumber);
    const receipt = await findMyPledge(backer, a.data.pledge.id);
    expect(receipt).toMatchObject({ paymentMethod: 'WECHAT_PAY', orderNumber: a.data.pledge.orderNumber, shipAddress: null });
  });

  it('asks for a shipping address when the reward is physical, and keeps it on the receipt', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '实物套装', amountFen: 19_900, quantity: 5, shipsPhysical: true }] });
    const backer = await createUser();
    const tierId = c.tiers[0].id;
    const missing = await createPledge(backer, { campaignId: c.id, tierId, amountFen: 19_900, idempotencyKey: randomUUID(), paymentMethod: 'CARD' });
    expect(missing).toMatchObject({ ok: false, code: 'SHIPPING_ADDRESS_REQUIRED', fieldErrors: { shipName: ['required'], shipPhone: ['required'], shipAddress: ['required'] } });
    const badPhone = await createPledge(backer, { campaignId: c.id, tierId, amountFen: 19_900, idempotencyKey: randomUUID(), shipping: { ...address, phone: 'call me' } });
    expect(badPhone).toMatchObject({ ok: false, fieldErrors: { shipPhone: ['phoneInvalid'] } });
    // Nothing was claimed or authorized by the refused attempts.
    expect((await db.rewardTier.findUniqueOrThrow({ where: { id: tierId } })).claimed).toBe(0);

    const made = await createPledge(backer, { campaignId: c.id, tierId, amountFen: 19_900, idempotencyKey: randomUUID(), paymentMethod: 'ALIPAY', shipping: { ...address, name: '  王小明 ' } });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(await findMyPledge(backer, made.data.pledge.id)).toMatchObject({ shipName: '王小明', shipPhone: address.phone, shipAddress: address.address, paymentMethod: 'ALIPAY' });
  });

  it('keeps no address for a reward that does not ship', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '感谢信', amountFen: 1_000 }] });
    const backer = await createUser();
    const made = await createPledge(backer, { campaignId: c.id, tierId: c.tiers[0].id, amountFen: 1_000, idempotencyKey: randomUUID(), shipping: address });
    expect(made.ok).toBe(true);
    if (made.ok) expect(await findMyPledge(backer, made.data.pledge.id)).toMatchObject({ shipName: null, shipAddress: null });
  });

  it('refuses a physical reward pledge without an address in the database too', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '实物', amountFen: 1_000, shipsPhysical: true }] });
    const backer = await createUser();
    await expect(
      db.pledge.create({ data: { campaignId: c.id, backerId: backer.id, tierId: c.tiers[0].id, amountFen: 1_000, idempotencyKey: randomUUID(), authorizationId: 'manual' } }),
    ).rejects.toThrow(/shipping address/);
  });

  it('shows a receipt to its backer only', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    const [backer, stranger] = await Promise.all([createUser(), createUser()]);
    const made = await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 3_000, idempotencyKey: randomUUID() });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(await findMyPledge(stranger, made.data.pledge.id)).toBeNull();
    expect(await findMyPledge(owner, made.data.pledge.id)).toBeNull();
  });

  it('a retried checkout with the same key gives the same order, not a second one', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    const backer = await createUser();
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 4_200, idempotencyKey: key, paymentMethod: 'CARD' })));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = new Set(results.map((r) => (r.ok ? r.data.pledge.orderNumber : '')));
    expect(numbers.size).toBe(1);
    expect(await db.pledge.count({ where: { campaignId: c.id } })).toBe(1);
  });

  it('the checkout form needs a payment method, and an address only when the reward ships', () => {
    const base = { campaignId: 'c1', amount: '100', idempotencyKey: randomUUID() };
    const none = checkoutSchema.safeParse(base);
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => i.path.join('.'))).toEqual(['paymentMethod']);
    expect(checkoutSchema.safeParse({ ...base, paymentMethod: 'ALIPAY' }).success).toBe(true);
    const ships = checkoutSchema.safeParse({ ...base, paymentMethod: 'CARD', ships: '1', shipPhone: 'x' });
    expect(ships.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['shipAddress:required', 'shipName:required', 'shipPhone:phoneInvalid']);
    expect(checkoutSchema.safeParse({ ...base, paymentMethod: 'PAYPAL' }).success).toBe(false);
  });
});

describe('remind me at launch', () => {
  it('tells those who asked when an approved campaign goes live, also when a pledge is what moves it', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { status: 'APPROVED', startsAt: new Date(Date.now() - 60_000) });
    const [watcher, backer] = await Promise.all([createUser(), createUser()]);
    await db.campaignWatch.create({ data: { userId: watcher.id, campaignId: c.id } });
    // The first pledge arrives before the minute job: it moves the campaign LIVE itself.
    const made = await createPledge(backer, { campaignId: c.id, tierId: null, amountFen: 1_000, idempotencyKey: randomUUID() });
    expect(made.ok).toBe(true);
    expect(await db.notification.count({ where: { userId: watcher.id, kind: 'campaignLive', subjectId: c.id } })).toBe(1);
    // The job running afterwards adds nothing.
    await activateDueCampaigns();
    expect(await db.notification.count({ where: { userId: watcher.id, kind: 'campaignLive', subjectId: c.id } })).toBe(1);
  });
});
