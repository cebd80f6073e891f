import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findCampaignsToSettle, MAX_CAPTURE_ATTEMPTS, settleCampaign } from '@/lib/campaigns/settlement-service';
import { sandboxPaymentProvider } from '@/lib/payments/sandbox-service';
import type { PaymentProvider } from '@/lib/payments/provider';
import { createPledge } from '@/lib/pledges/service';
import { runCampaignsTick } from '@/lib/jobs/handlers';
import { createCampaign, createUser } from '../factories';

/** A LIVE campaign with `n` pledges of `amountFen` from different backers, then ended. */
async function endedCampaign(goalFen: number, n: number, amountFen: number) {
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const c = await createCampaign(owner, { goalFen });
  const backers = await Promise.all(Array.from({ length: n }, () => createUser()));
  for (const [i, b] of backers.entries()) {
    const r = await createPledge(b, { campaignId: c.id, tierId: null, amountFen, idempotencyKey: `settle-${i}-${c.id}` });
    if (!r.ok) throw new Error(r.code);
  }
  await db.campaign.update({ where: { id: c.id }, data: { endsAt: new Date(Date.now() - 1000) } });
  return { ...c, owner, backers };
}

async function captureRows(campaignId: string) {
  const pledges = await db.pledge.findMany({ where: { campaignId }, select: { authorizationId: true } });
  return db.sandboxPayment.count({ where: { kind: 'CAPTURE', parentId: { in: pledges.map((p) => p.authorizationId) } } });
}

describe('settlement', () => {
  it('captures every pledge when the goal is reached and tells owner and backers', async () => {
    const c = await endedCampaign(50_000, 5, 10_000);
    expect(await findCampaignsToSettle()).toContain(c.id);
    const report = await settleCampaign(c.id);
    expect(report).toMatchObject({ status: 'SUCCEEDED', captured: 5, remaining: 0, settled: true });
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'CAPTURED' } })).toBe(5);
    expect(await captureRows(c.id)).toBe(5);
    expect(await db.notification.count({ where: { userId: c.owner.id, kind: 'ownerSucceeded' } })).toBe(1);
    expect(await db.notification.count({ where: { userId: { in: c.backers.map((b) => b.id) }, kind: 'backerSucceeded' } })).toBe(5);
    expect(await findCampaignsToSettle()).not.toContain(c.id);
  });

  it('voids every pledge when the goal is missed', async () => {
    const c = await endedCampaign(100_000, 3, 10_000);
    expect(await settleCampaign(c.id)).toMatchObject({ status: 'FAILED', voided: 3, captured: 0, settled: true });
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'VOIDED' } })).toBe(3);
    expect(await captureRows(c.id)).toBe(0);
    expect(await db.notification.count({ where: { userId: { in: c.backers.map((b) => b.id) }, kind: 'backerFailed' } })).toBe(3);
  });

  it('changes nothing when run twice', async () => {
    const c = await endedCampaign(20_000, 4, 10_000);
    await settleCampaign(c.id);
    const before = await db.sandboxPayment.count();
    const notes = await db.notification.count({ where: { userId: c.owner.id } });
    expect(await settleCampaign(c.id)).toMatchObject({ status: 'SUCCEEDED', captured: 0, remaining: 0, settled: true });
    expect(await db.sandboxPayment.count()).toBe(before);
    expect(await db.notification.count({ where: { userId: c.owner.id } })).toBe(notes);
    expect(await captureRows(c.id)).toBe(4);
  });

  it('does not settle a campaign before its end', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    expect(await settleCampaign(c.id)).toMatchObject({ status: 'LIVE', settled: false });
  });

  it('finishes after a crash halfway through the captures, capturing each pledge exactly once', async () => {
    const c = await endedCampaign(60_000, 8, 10_000);
    let calls = 0;
    // The gateway captures, then the process dies before the pledge row is updated.
    const crashing: PaymentProvider = {
      ...sandboxPaymentProvider,
      async capture(input) {
        const r = await sandboxPaymentProvider.capture(input);
        if (++calls === 4) throw new Error('process died');
        return r;
      },
    };
    await expect(settleCampaign(c.id, { provider: crashing })).rejects.toThrow('process died');
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'CAPTURED' } })).toBe(3);
    expect(await captureRows(c.id)).toBe(4);
    expect(await findCampaignsToSettle()).toContain(c.id);
    expect(await settleCampaign(c.id)).toMatchObject({ status: 'SUCCEEDED', captured: 5, remaining: 0, settled: true });
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'CAPTURED' } })).toBe(8);
    expect(await captureRows(c.id)).toBe(8);
    const pledges = await db.pledge.findMany({ where: { campaignId: c.id }, select: { authorizationId: true } });
    for (const p of pledges) expect(await db.sandboxPayment.count({ where: { kind: 'CAPTURE', parentId: p.authorizationId } })).toBe(1);
  });

  it('captures each pledge once when two runners settle at the same time', async () => {
    const c = await endedCampaign(30_000, 6, 10_000);
    await Promise.all([settleCampaign(c.id), settleCampaign(c.id), settleCampaign(c.id)]);
    expect(await captureRows(c.id)).toBe(6);
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'CAPTURED' } })).toBe(6);
    expect(await db.notification.count({ where: { userId: c.owner.id, kind: 'ownerSucceeded' } })).toBe(1);
  });

  it('has the minute job start due campaigns and settle ended ones', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const due = await createCampaign(owner, { status: 'APPROVED', startsAt: new Date(Date.now() - 1000), endsAt: new Date(Date.now() + 86_400_000) });
    const later = await createCampaign(owner, { status: 'APPROVED', startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 86_400_000) });
    const ended = await endedCampaign(10_000, 1, 10_000);
    await runCampaignsTick();
    expect((await db.campaign.findUniqueOrThrow({ where: { id: due.id } })).status).toBe('LIVE');
    expect((await db.campaign.findUniqueOrThrow({ where: { id: later.id } })).status).toBe('APPROVED');
    expect(await db.campaign.findUniqueOrThrow({ where: { id: ended.id } })).toMatchObject({ status: 'SUCCEEDED', settledAt: expect.any(Date) });
  });

  it('retries a refused capture after a growing wait, a bounded number of times, then tells every operator once', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const c = await endedCampaign(20_000, 2, 10_000);
    const refused = c.backers[0].id;
    const refusedPledge = await db.pledge.findFirstOrThrow({ where: { campaignId: c.id, backerId: refused }, select: { id: true, authorizationId: true } });
    // The gateway refuses one pledge's capture every time.
    const refusing: PaymentProvider = {
      ...sandboxPaymentProvider,
      async capture(input) {
        if (input.authorizationId === refusedPledge.authorizationId) return { ok: false, code: 'DECLINED', reason: 'insufficient_funds' };
        return sandboxPaymentProvider.capture(input);
      },
    };
    let now = new Date();
    expect(await settleCampaign(c.id, { provider: refusing, now })).toMatchObject({ status: 'SUCCEEDED', captured: 1, refused: 1, remaining: 1, settled: false });
    // Before the backoff has passed nothing is tried again.
    expect(await settleCampaign(c.id, { provider: refusing, now })).toMatchObject({ captured: 0, refused: 0 });
    const waits: number[] = [];
    for (let attempt = 2; attempt <= MAX_CAPTURE_ATTEMPTS; attempt++) {
      const row = await db.pledge.findUniqueOrThrow({ where: { id: refusedPledge.id }, select: { nextCaptureAt: true } });
      waits.push(row.nextCaptureAt!.getTime() - now.getTime());
      now = row.nextCaptureAt!;
      expect(await settleCampaign(c.id, { provider: refusing, now })).toMatchObject({ refused: 1 });
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(waits.length);
    const row = await db.pledge.findUniqueOrThrow({ where: { id: refusedPledge.id }, select: { status: true, captureAttempts: true, captureFailedAt: true, nextCaptureAt: true } });
    expect(row).toMatchObject({ status: 'AUTHORIZED', captureAttempts: MAX_CAPTURE_ATTEMPTS, nextCaptureAt: null });
    expect(row.captureFailedAt).not.toBeNull();
    expect(await db.notification.count({ where: { userId: operator.id, kind: 'captureFailed' } })).toBe(1);
    // Given up: later runs neither try again nor notify again.
    expect(await settleCampaign(c.id, { provider: refusing, now: new Date(now.getTime() + 86_400_000) })).toMatchObject({ refused: 0 });
    expect(await db.notification.count({ where: { userId: operator.id, kind: 'captureFailed' } })).toBe(1);
  });
});
