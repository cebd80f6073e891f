import 'server-only';
import { db } from '@/lib/db';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { captureKey, paymentProvider, voidKey, type PaymentProvider } from '@/lib/payments';
import { sourcesOf } from '@/lib/state-machine';
import { notifyCampaignClosed, notifyCaptureFailed } from './notifications';
import { CAMPAIGN_TRANSITIONS, PLEDGE_TRANSITIONS } from './policy';

export type SettlementReport = { status: CampaignStatus; captured: number; voided: number; remaining: number; settled: boolean; refused: number };

/** A refused capture is tried this many times in all, waiting 1, 2, 4, 8 ... minutes between tries. */
export const MAX_CAPTURE_ATTEMPTS = 5;
const CAPTURE_BACKOFF_MS = 60_000;

/** The key of one try: the first keeps the plain effect key; a retry after a recorded refusal gets its own. */
function captureAttemptKey(pledgeId: string, attempt: number): string {
  return attempt === 0 ? captureKey(pledgeId) : `${captureKey(pledgeId)}:${attempt}`;
}

/**
 * Records a refused capture: the next try after a backoff, or, after the last allowed try, gives
 * up on the pledge and notifies every operator once (conditional update on the attempt count).
 */
async function recordRefusedCapture(p: { id: string; captureAttempts: number }, campaign: { id: string; title: string }, reason: string, now: Date): Promise<void> {
  const attempts = p.captureAttempts + 1;
  const giveUp = attempts >= MAX_CAPTURE_ATTEMPTS;
  await db.$transaction(async (tx) => {
    const { count } = await tx.pledge.updateMany({
      where: { id: p.id, status: 'AUTHORIZED', captureAttempts: p.captureAttempts, captureFailedAt: null },
      data: giveUp ? { captureAttempts: attempts, nextCaptureAt: null, captureFailedAt: now } : { captureAttempts: attempts, nextCaptureAt: new Date(now.getTime() + CAPTURE_BACKOFF_MS * 2 ** (attempts - 1)) },
    });
    if (count === 0 || !giveUp) return;
    await notifyCaptureFailed(tx, campaign, { pledgeId: p.id, reason });
  });
}

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

  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; goalFen: number; title: string; projectId: string }[]>`
      SELECT id, "goalFen", title, "projectId" FROM "Campaign"
      WHERE id = ${campaignId} AND status = 'LIVE' AND "endsAt" <= ${now} FOR UPDATE`;
    const c = rows[0];
    if (!c) return false;
    const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>`
      SELECT COALESCE(SUM("amountFen"), 0)::bigint AS total FROM "Pledge" WHERE "campaignId" = ${campaignId} AND status = 'AUTHORIZED'`;
    const status = total >= BigInt(c.goalFen) ? 'SUCCEEDED' : 'FAILED';
    await tx.campaign.updateMany({ where: { id: campaignId, status: { in: sourcesOf(CAMPAIGN_TRANSITIONS, status) } }, data: { status, closedAt: now } });
    const backers = await tx.pledge.findMany({ where: { campaignId, status: 'AUTHORIZED' }, distinct: ['backerId'], select: { backerId: true } });
    await notifyCampaignClosed(tx, c, status === 'SUCCEEDED', Number(total), backers.map((b) => b.backerId));
    return true;
  });

  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, title: true, status: true, settledAt: true } });
  if (!campaign) return null;
  if (campaign.status !== 'SUCCEEDED' && campaign.status !== 'FAILED' && campaign.status !== 'CANCELLED') {
    return { status: campaign.status, captured: 0, voided: 0, remaining: 0, settled: false, refused: 0 };
  }

  let captured = 0;
  let voided = 0;
  let refused = 0;
  // A pledge whose capture was refused waits for its backoff; one given up on waits for an operator.
  const pending = await db.pledge.findMany({
    where: { campaignId, status: 'AUTHORIZED', captureFailedAt: null, OR: [{ nextCaptureAt: null }, { nextCaptureAt: { lte: now } }] },
    orderBy: { id: 'asc' },
    select: { id: true, amountFen: true, authorizationId: true, captureAttempts: true },
  });
  for (const p of pending) {
    if (campaign.status === 'SUCCEEDED') {
      const r = await provider.capture({ authorizationId: p.authorizationId, amountFen: p.amountFen, idempotencyKey: captureAttemptKey(p.id, p.captureAttempts) });
      if (!r.ok) {
        refused++;
        await recordRefusedCapture(p, campaign, r.reason, now);
        continue;
      }
      captured += (await db.pledge.updateMany({ where: { id: p.id, status: { in: sourcesOf(PLEDGE_TRANSITIONS, 'CAPTURED') } }, data: { status: 'CAPTURED' } })).count;
    } else {
      const r = await provider.void({ authorizationId: p.authorizationId, idempotencyKey: voidKey(p.id) });
      if (!r.ok && r.code !== 'INVALID_STATE') {
        console.error('[settlement] void refused', p.id, r.reason);
        continue;
      }
      voided += (await db.pledge.updateMany({ where: { id: p.id, status: { in: sourcesOf(PLEDGE_TRANSITIONS, 'VOIDED') } }, data: { status: 'VOIDED' } })).count;
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
  return { status: campaign.status, captured, voided, remaining, settled, refused };
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
