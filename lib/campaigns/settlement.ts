import 'server-only';
import { db } from '@/lib/db';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { captureKey, paymentProvider, voidKey, type PaymentProvider } from '@/lib/payments';
import { notifyCampaignClosed } from './notifications';
import { forgetCampaignLists } from './browse-cache';

export type SettlementReport = { status: CampaignStatus; captured: number; voided: number; remaining: number; settled: boolean };

/**
 * Settles one campaign, all-or-nothing, exactly once per pledge:
 * 1. a LIVE campaign past its end gets its outcome in one transaction (row lock, sum of the
 *    authorized pledges, conditional status flip, notifications): SUCCEEDED or FAILED;
 * 2. every AUTHORIZED pledge of a SUCCEEDED campaign is captured, of a FAILED or CANCELLED one
 *    voided, each with its own effect key (`capture:<pledgeId>`), so a rerun after a crash
 *    replays the gateway's first answer instead of moving money again;
 * 3. settledAt is set when no AUTHORIZED pledge is left.
 * Safe to run twice, concurrently or after a crash at any point.
 */
export async function settleCampaign(campaignId: string, opts: { provider?: PaymentProvider; now?: Date } = {}): Promise<SettlementReport | null> {
  const provider = opts.provider ?? paymentProvider();
  const now = opts.now ?? new Date();

  const closed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; goalFen: number; title: string; projectId: string }[]>`
      SELECT id, "goalFen", title, "projectId" FROM "Campaign"
      WHERE id = ${campaignId} AND status = 'LIVE' AND "endsAt" <= ${now} FOR UPDATE`;
    const c = rows[0];
    if (!c) return false;
    const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>`
      SELECT COALESCE(SUM("amountFen"), 0)::bigint AS total FROM "Pledge" WHERE "campaignId" = ${campaignId} AND status = 'AUTHORIZED'`;
    const status = total >= BigInt(c.goalFen) ? 'SUCCEEDED' : 'FAILED';
    await tx.campaign.updateMany({ where: { id: campaignId, status: 'LIVE' }, data: { status, closedAt: now } });
    const backers = await tx.pledge.findMany({ where: { campaignId, status: 'AUTHORIZED' }, distinct: ['backerId'], select: { backerId: true } });
    await notifyCampaignClosed(tx, c, status === 'SUCCEEDED', Number(total), backers.map((b) => b.backerId));
    return true;
  });
  if (closed) forgetCampaignLists();

  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true, settledAt: true } });
  if (!campaign) return null;
  if (campaign.status !== 'SUCCEEDED' && campaign.status !== 'FAILED' && campaign.status !== 'CANCELLED') {
    return { status: campaign.status, captured: 0, voided: 0, remaining: 0, settled: false };
  }

  let captured = 0;
  let voided = 0;
  const pending = await db.pledge.findMany({ where: { campaignId, status: 'AUTHORIZED' }, orderBy: { id: 'asc' }, select: { id: true, amountFen: true, authorizationId: true } });
  for (const p of pending) {
    if (campaign.status === 'SUCCEEDED') {
      const r = await provider.capture({ authorizationId: p.authorizationId, amountFen: p.amountFen, idempotencyKey: captureKey(p.id) });
      if (!r.ok) {
        console.error('[settlement] capture refused', p.id, r.reason);
        continue;
      }
      captured += (await db.pledge.updateMany({ where: { id: p.id, status: 'AUTHORIZED' }, data: { status: 'CAPTURED' } })).count;
    } else {
      const r = await provider.void({ authorizationId: p.authorizationId, idempotencyKey: voidKey(p.id) });
      if (!r.ok && r.code !== 'INVALID_STATE') {
        console.error('[settlement] void refused', p.id, r.reason);
        continue;
      }
      voided += (await db.pledge.updateMany({ where: { id: p.id, status: 'AUTHORIZED' }, data: { status: 'VOIDED' } })).count;
    }
  }

  // Withdrawn pledges were voided when withdrawn; repeat it (same key) in case that stopped halfway.
  if (!campaign.settledAt) {
    const withdrawn = await db.pledge.findMany({ where: { campaignId, status: 'CANCELLED' }, select: { id: true, authorizationId: true } });
    for (const p of withdrawn) await provider.void({ authorizationId: p.authorizationId, idempotencyKey: voidKey(p.id) });
  }

  const remaining = await db.pledge.count({ where: { campaignId, status: 'AUTHORIZED' } });
  let settled = campaign.settledAt !== null;
  if (remaining === 0 && !settled) {
    await db.campaign.updateMany({ where: { id: campaignId, settledAt: null }, data: { settledAt: now } });
    settled = true;
  }
  return { status: campaign.status, captured, voided, remaining, settled };
}

/** Campaigns the job must look at: ended but still LIVE, or closed with pledges unsettled. */
export async function findCampaignsToSettle(now = new Date(), limit = 50): Promise<string[]> {
  const rows = await db.campaign.findMany({
    where: {
      OR: [
        { status: 'LIVE', endsAt: { lte: now } },
        { status: { in: ['SUCCEEDED', 'FAILED', 'CANCELLED'] }, settledAt: null },
      ],
    },
    orderBy: { endsAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
