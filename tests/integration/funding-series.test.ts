import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { fundingSeries } from '@/lib/campaigns/queries';
import { cancelPledge, createPledge } from '@/lib/pledges/service';
import { createCampaign, createUser } from '../factories';

const key = () => `k-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/** What the chart must show: the cumulative sum over the pledge rows themselves, per Beijing day. */
async function fromRows(campaignId: string) {
  const rows = await db.$queryRaw<{ day: string; total: bigint }[]>`
    SELECT to_char(d, 'YYYY-MM-DD') AS day, SUM(SUM("amountFen")) OVER (ORDER BY d)::bigint AS total
    FROM (SELECT ("createdAt" AT TIME ZONE 'Asia/Shanghai')::date AS d, "amountFen" FROM "Pledge"
          WHERE "campaignId" = ${campaignId} AND status <> 'CANCELLED') x
    GROUP BY d ORDER BY d`;
  return rows.map((r) => ({ day: r.day, totalFen: Number(r.total) }));
}

describe('the funding chart read from per-day rows the pledge trigger keeps', () => {
  it('equals the sum over the pledges after pledges on several days, a cancellation and a deletion', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner, { goalFen: 1_000_000 });
    const backers = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const ids: string[] = [];
    for (const [i, b] of backers.entries()) {
      const r = await createPledge(b, { campaignId: campaign.id, tierId: null, amountFen: 1_000 * (i + 1), idempotencyKey: key() });
      if (!r.ok) throw new Error(r.code);
      ids.push(r.data.pledge.id);
    }
    // Two of them moved to earlier days (one just before a Beijing midnight), as a back-dated load would.
    await db.pledge.update({ where: { id: ids[0] }, data: { createdAt: new Date('2026-11-20T15:59:00Z') } });
    await db.pledge.update({ where: { id: ids[1] }, data: { createdAt: new Date('2026-11-20T16:01:00Z') } });
    expect(await fundingSeries(campaign.id)).toEqual(await fromRows(campaign.id));
    expect((await fundingSeries(campaign.id)).slice(0, 2)).toEqual([
      { day: '2026-11-20', totalFen: 1_000 },
      { day: '2026-11-21', totalFen: 3_000 },
    ]);

    const cancelled = await cancelPledge(backers[2], ids[2]);
    expect(cancelled.ok).toBe(true);
    await db.pledge.delete({ where: { id: ids[0] } });
    expect(await fundingSeries(campaign.id)).toEqual(await fromRows(campaign.id));
    expect((await fundingSeries(campaign.id)).at(-1)?.totalFen).toBe(2_000 + 4_000);
  });

  // Amounts avoid ending in 13 fen, which the sandbox declines.
  it('adds up 30 pledges made at once', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner, { goalFen: 10_000_000 });
    const backers = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const results = await Promise.all(backers.map((b, i) => createPledge(b, { campaignId: campaign.id, tierId: null, amountFen: 1_000 + 100 * i, idempotencyKey: key() })));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    const series = await fundingSeries(campaign.id);
    expect(series).toEqual(await fromRows(campaign.id));
    expect(series.at(-1)?.totalFen).toBe(30 * 1_000 + 100 * ((29 * 30) / 2));
  });
});
