import 'server-only';
import { createId } from '@paralleldrive/cuid2';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { paymentProvider, voidKey, type PaymentProvider } from '@/lib/payments';
import { acceptsPledges, minimumFor, PLEDGE_TRANSITIONS } from '@/lib/campaigns/policy';
import { activateDueCampaigns } from '@/lib/campaigns/service';
import { PHONE } from '@/lib/campaigns/schemas';
import type { PaymentMethod } from '@/lib/payments/methods';
import { sourcesOf } from '@/lib/state-machine';
import { notifyPledgeReceipt } from './notifications';
import { requireVerifiedEmail } from '@/lib/accounts/verification-service';
import { visibleCampaignWhere } from '@/lib/campaigns/queries';

export type PledgeView = { id: string; campaignId: string; tierId: string | null; amountFen: number; status: string; orderNumber: string; createdAt: Date };
const pledgeSelect = { id: true, campaignId: true, tierId: true, amountFen: true, status: true, orderNumber: true, createdAt: true } as const;

export type Shipping = { name: string; phone: string; address: string };


/** The gateway's key for a pledge's authorization: a retried submission reuses it. */
const authorizeKey = (backerId: string, key: string) => `authorize:${backerId}:${key}`;

async function replay(backerId: string, idempotencyKey: string, campaignId: string): Promise<ActionResult<{ pledge: PledgeView; replayed: boolean }> | null> {
  const existing = await db.pledge.findUnique({ where: { backerId_idempotencyKey: { backerId, idempotencyKey } }, select: pledgeSelect });
  if (!existing) return null;
  if (existing.campaignId !== campaignId) return fail('IDEMPOTENCY_KEY_REUSED', 'idempotencyKeyReused');
  return ok({ pledge: existing, replayed: true });
}

/**
 * A backer pledges: the gateway authorizes the amount, then one transaction checks the campaign
 * is still LIVE (a share lock that settlement's row lock waits for), claims a unit of a limited
 * tier with a conditional update and writes the pledge. The unique (backer, idempotency key)
 * turns a double click or retry into the first pledge.
 */
export async function createPledge(
  actor: Actor,
  input: { campaignId: string; tierId: string | null; amountFen: number; idempotencyKey: string; paymentMethod?: PaymentMethod; shipping?: Shipping | null },
  opts: { provider?: PaymentProvider; now?: Date } = {},
): Promise<ActionResult<{ pledge: PledgeView; replayed: boolean }>> {
  const unverified = await requireVerifiedEmail(actor);
  if (unverified) return unverified;
  const provider = opts.provider ?? paymentProvider();
  const now = opts.now ?? new Date();
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) return fail('VALIDATION_FAILED', 'validation', { amount: ['amountInvalid'] });

  const first = await replay(actor.id, input.idempotencyKey, input.campaignId);
  if (first) return first;

  const method = input.paymentMethod ?? 'CARD';
  if (!provider.methods.includes(method)) return fail('PAYMENT_METHOD_UNAVAILABLE', 'paymentMethodUnavailable', { paymentMethod: ['paymentMethodUnavailable'] });

  // An approved campaign whose start has come goes LIVE on read (the job does it too), with the
  // same launch notice to those who asked to be reminded.
  await activateDueCampaigns(now, input.campaignId);
  const campaign = await db.campaign.findFirst({
    // The campaign page's own filter: a campaign of a project the backer may not see is not found.
    where: { AND: [{ id: input.campaignId }, visibleCampaignWhere(actor, now)] },
    select: { id: true, title: true, status: true, endsAt: true, minPledgeFen: true, tiers: { select: { id: true, amountFen: true, quantity: true, claimed: true, shipsPhysical: true } } },
  });
  if (!campaign) return fail('NOT_FOUND', 'campaignNotFound');
  if (!acceptsPledges(campaign, now)) return fail('CAMPAIGN_NOT_LIVE', 'campaignNotLive');
  const tier = input.tierId ? campaign.tiers.find((t) => t.id === input.tierId) : null;
  if (input.tierId && !tier) return fail('TIER_NOT_FOUND', 'tierNotFound');
  const minimum = minimumFor(campaign.minPledgeFen, tier ?? null);
  if (input.amountFen < minimum) {
    return fail(tier ? 'BELOW_TIER_AMOUNT' : 'BELOW_MINIMUM', tier ? 'belowTierAmount' : 'belowMinimum', { amount: [tier ? 'belowTierAmount' : 'belowMinimum'] });
  }
  if (tier && tier.quantity !== null && tier.claimed >= tier.quantity) return fail('TIER_SOLD_OUT', 'tierSoldOut');
  // A physical reward needs somewhere to go; anything else keeps no address at all.
  const shipping = tier?.shipsPhysical ? cleanShipping(input.shipping) : null;
  if (tier?.shipsPhysical && !shipping) return fail('SHIPPING_ADDRESS_REQUIRED', 'shippingAddressRequired', shippingErrors(input.shipping));

  const auth = await provider.authorize({ amountFen: input.amountFen, idempotencyKey: authorizeKey(actor.id, input.idempotencyKey), method });
  if (!auth.ok) return fail('PAYMENT_DECLINED', 'paymentDeclined');

  try {
    const pledgeId = createId();
    const created = await inTransaction(async (tx) => {
      // The receipt is written first, before the campaign lock below: it rolls back with the
      // pledge, and it does not lengthen the part of the transaction that pledges wait in line for.
      await notifyPledgeReceipt(tx, { pledgeId, backerId: actor.id, campaign, amountFen: input.amountFen });
      // The campaign row lock keeps settlement out while the pledge is written, and orders the
      // pledges of one campaign for the totals trigger (see migration "pledge_totals_per_statement").
      const live = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Campaign" WHERE id = ${input.campaignId} AND status = 'LIVE' AND "endsAt" > ${now} FOR NO KEY UPDATE`;
      if (live.length === 0) throw new Rollback(fail('CAMPAIGN_NOT_LIVE', 'campaignNotLive'));
      if (tier) {
        const claimed = await tx.$executeRaw`
          UPDATE "RewardTier" SET claimed = claimed + 1
          WHERE id = ${tier.id} AND (quantity IS NULL OR claimed < quantity)`;
        if (claimed === 0) throw new Rollback(fail('TIER_SOLD_OUT', 'tierSoldOut'));
      }
      return ok(await tx.pledge.create({
        data: { id: pledgeId, campaignId: input.campaignId, backerId: actor.id, tierId: tier?.id ?? null, amountFen: input.amountFen, idempotencyKey: input.idempotencyKey, authorizationId: auth.paymentId,
          paymentMethod: method, shipName: shipping?.name ?? null, shipPhone: shipping?.phone ?? null, shipAddress: shipping?.address ?? null },
        select: pledgeSelect,
      }));
    });
    if (!created.ok) {
      // Release the hold, unless a concurrent retry with the same key made a pledge with it.
      const holder = await db.pledge.count({ where: { authorizationId: auth.paymentId } });
      if (!holder) await provider.void({ authorizationId: auth.paymentId, idempotencyKey: `void:auth:${auth.paymentId}` });
      return created;
    }
    return ok({ pledge: created.data, replayed: false });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = await replay(actor.id, input.idempotencyKey, input.campaignId);
      if (again) return again;
    }
    throw error;
  }
}

function cleanShipping(s: Shipping | null | undefined): Shipping | null {
  if (!s) return null;
  const clean = { name: s.name.trim(), phone: s.phone.trim(), address: s.address.trim() };
  return clean.name && clean.address && PHONE.test(clean.phone) && clean.name.length <= 60 && clean.phone.length <= 30 && clean.address.length <= 300 ? clean : null;
}

function shippingErrors(s: Shipping | null | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const name = s?.name.trim() ?? '';
  const phone = s?.phone.trim() ?? '';
  const address = s?.address.trim() ?? '';
  if (!name) out.shipName = ['required'];
  else if (name.length > 60) out.shipName = ['shipNameTooLong'];
  if (!phone) out.shipPhone = ['required'];
  else if (!PHONE.test(phone) || phone.length > 30) out.shipPhone = ['phoneInvalid'];
  if (!address) out.shipAddress = ['required'];
  else if (address.length > 300) out.shipAddress = ['addressTooLong'];
  return out;
}

/** The backer withdraws while the campaign is LIVE: the tier unit comes back and the hold is voided. */
export async function cancelPledge(actor: Actor, pledgeId: string, opts: { provider?: PaymentProvider; now?: Date } = {}): Promise<ActionResult> {
  const provider = opts.provider ?? paymentProvider();
  const now = opts.now ?? new Date();
  const pledge = await db.pledge.findFirst({ where: { id: pledgeId, backerId: actor.id }, select: { id: true, campaignId: true, tierId: true, authorizationId: true } });
  if (!pledge) return fail('NOT_FOUND', 'pledgeNotFound');
  const outcome = await inTransaction(async (tx) => {
    const live = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Campaign" WHERE id = ${pledge.campaignId} AND status = 'LIVE' AND "endsAt" > ${now} FOR NO KEY UPDATE`;
    if (live.length === 0) throw new Rollback(fail('CAMPAIGN_NOT_LIVE', 'campaignNotLive'));
    const { count } = await tx.pledge.updateMany({ where: { id: pledgeId, status: { in: sourcesOf(PLEDGE_TRANSITIONS, 'CANCELLED') } }, data: { status: 'CANCELLED' } });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'pledgeStateChanged'));
    if (pledge.tierId) await tx.$executeRaw`UPDATE "RewardTier" SET claimed = claimed - 1 WHERE id = ${pledge.tierId} AND claimed > 0`;
    return ok();
  });
  if (!outcome.ok) return outcome;
  // Settlement voids it again (same key) should this process stop right here.
  await provider.void({ authorizationId: pledge.authorizationId, idempotencyKey: voidKey(pledgeId) });
  return ok();
}
