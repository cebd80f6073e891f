import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as pledgeRoute } from '@/app/api/v1/campaigns/[id]/pledges/route';
import { createApiToken } from '@/lib/api-tokens/service';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import type { SessionUser } from '@/lib/users/queries';
import { createCampaign, createUser } from '../factories';

async function bearer(user: SessionUser) {
  const created = await createApiToken(user, { name: 'shipping' });
  if (!created.ok) throw new Error(created.code);
  return `Bearer ${created.data.token}`;
}

async function pledge(auth: string, campaignId: string, body: unknown, key = randomUUID()) {
  const res = await pledgeRoute(
    new NextRequest(`http://localhost/api/v1/campaigns/${campaignId}/pledges`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json', 'idempotency-key': key, 'accept-language': 'en' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: campaignId }) } as never,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body read field by field
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

// Field errors come translated into the request's language (Accept-Language: en).
const REQUIRED = 'This field is required.';
const address = { name: '王小明', phone: '+86 138-0000-0000', address: '上海市杨浦区国定路 335 号' };

describe('pledging a physical reward through the JSON API', () => {
  it('backs a tier that ships when the body carries the shipping address and the payment method', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '实物套装', amountFen: 19_900, quantity: 5, shipsPhysical: true }] });
    const backer = await createUser();
    const auth = await bearer(backer);
    const made = await pledge(auth, c.id, { amountFen: 19_900, tierId: c.tiers[0].id, paymentMethod: 'WECHAT_PAY', shipping: { ...address, name: ' 王小明 ' } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const row = await db.pledge.findUniqueOrThrow({ where: { id: made.body.id }, select: { shipName: true, shipPhone: true, shipAddress: true, paymentMethod: true } });
    expect(row).toEqual({ shipName: '王小明', shipPhone: address.phone, shipAddress: address.address, paymentMethod: 'WECHAT_PAY' });
  });

  it('answers 422 SHIPPING_ADDRESS_REQUIRED, naming the fields, when a tier that ships gets no address', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '实物套装', amountFen: 19_900, quantity: 5, shipsPhysical: true }] });
    const backer = await createUser();
    const auth = await bearer(backer);
    for (const body of [
      { amountFen: 19_900, tierId: c.tiers[0].id },
      { amountFen: 19_900, tierId: c.tiers[0].id, shipping: null, paymentMethod: 'ALIPAY' },
    ]) {
      const res = await pledge(auth, c.id, body);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: 'SHIPPING_ADDRESS_REQUIRED',
        fields: { 'shipping.name': [REQUIRED], 'shipping.phone': [REQUIRED], 'shipping.address': [REQUIRED] },
      });
      expect(res.body.error.message).toMatch(/shipping address/);
    }
    expect((await db.rewardTier.findUniqueOrThrow({ where: { id: c.tiers[0].id } })).claimed).toBe(0);
    expect(await db.pledge.count({ where: { campaignId: c.id } })).toBe(0);
  });

  it('refuses an incomplete address or an unknown payment method as invalid input, never a 500', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '实物套装', amountFen: 19_900, shipsPhysical: true }] });
    const auth = await bearer(await createUser());
    const partial = await pledge(auth, c.id, { amountFen: 19_900, tierId: c.tiers[0].id, shipping: { name: '王小明', phone: 'call me' } });
    expect(partial.status).toBe(400);
    expect(partial.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { 'shipping.phone': ['Enter a valid phone number.'], 'shipping.address': [REQUIRED] } });
    const method = await pledge(auth, c.id, { amountFen: 19_900, tierId: c.tiers[0].id, paymentMethod: 'CASH', shipping: address });
    expect(method.status).toBe(400);
    expect(method.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { paymentMethod: ['Choose a payment method.'] } });
    expect(await db.pledge.count({ where: { campaignId: c.id } })).toBe(0);
  });

  it('keeps no address for a tier that does not ship, even when one is sent', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { tiers: [{ title: '感谢信', amountFen: 1_000 }] });
    const auth = await bearer(await createUser());
    const made = await pledge(auth, c.id, { amountFen: 1_000, tierId: c.tiers[0].id, shipping: address });
    expect(made.status).toBe(201);
    expect(await db.pledge.findUniqueOrThrow({ where: { id: made.body.id }, select: { shipAddress: true, paymentMethod: true } })).toEqual({ shipAddress: null, paymentMethod: 'CARD' });
  });

  it('documents the shipping address, the payment method and the new error code in the OpenAPI document', () => {
    const op = buildOpenApiDocument().paths['/api/v1/campaigns/{id}/pledges'].post as unknown as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> }; responses: unknown };
    const props = op.requestBody.content['application/json'].schema.properties;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['amountFen', 'tierId', 'paymentMethod', 'shipping']));
    expect(JSON.stringify(op.responses)).toContain('SHIPPING_ADDRESS_REQUIRED');
  });
});
