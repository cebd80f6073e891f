import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { settleCampaign } from '@/lib/campaigns/settlement-service';
import { cancelPledge, createPledge } from '@/lib/pledges/service';
import { createCampaign, createUser } from '../factories';

const key = () => `k-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/** What the totals must equal: the pledge rows themselves. */
async function fromRows(campaignId: string) {
  const [r] = await db.$queryRaw<{ raised: bigint; backers: number }[]>`
    SELECT COALESCE(SUM("amountFen"), 0)::bigint AS raised, COUNT(DISTINCT "backerId")::int AS backers
    FROM "Pledge" WHERE "campaignId" = ${campaignId} AND status <> 'CANCELLED'`;
  return { raisedFen: BigInt(r.raised), backerCount: r.backers };
}
const stored = (id: string) => db.campaign.findUniqueOrThrow({ where: { id }, select: { raisedFen: true, backerCount: true } });

describe('campaign totals kept by the pledge trigger', () => {
  it('match the pledge rows after parallel pledges and cancellations by the same and different backers', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    const backers = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    // Each backer pledges twice, all 24 at once.
    const results = await Promise.all(backers.flatMap((b, i) => [0, 1].map((j) => createPledge(b, { campaignId: c.id, tierId: null, amountFen: 1000 * (i + 1) + j * 100, idempotencyKey: key() }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await stored(c.id)).toEqual({ raisedFen: BigInt(12 * 2 * 50 + 12 * 13 * 1000), backerCount: 12 });

    // Backers 0-3 withdraw both pledges, 4-7 one of two, at once: 8 backers remain.
    const pledges = await db.pledge.findMany({ where: { campaignId: c.id }, orderBy: [{ backerId: 'asc' }, { amountFen: 'asc' }], select: { id: true, backerId: true } });
    const byBacker = backers.map((b) => pledges.filter((p) => p.backerId === b.id));
    const cancels = [...byBacker.slice(0, 4).flat(), ...byBacker.slice(4, 8).map((ps) => ps[0])];
    const cancelled = await Promise.all(cancels.map((p) => cancelPledge(backers.find((b) => b.id === p.backerId)!, p.id)));
    expect(cancelled.every((r) => r.ok)).toBe(true);
    const after = await stored(c.id);
    expect(after).toEqual(await fromRows(c.id));
    expect(after.backerCount).toBe(8);
  });

  it('count each backer once when one statement writes several of their pledges (as a bulk import or the demo seed does)', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    const [a, b] = await Promise.all([createUser(), createUser()]);
    await db.pledge.createMany({
      data: [a, a, a, b, b].map((u, i) => ({ campaignId: c.id, backerId: u.id, amountFen: 1000 * (i + 1), idempotencyKey: key(), authorizationId: `bulk-${i}` })),
    });
    expect(await stored(c.id)).toEqual({ raisedFen: 15_000n, backerCount: 2 });
    // One statement cancelling all of a's pledges takes a out of the count.
    await db.pledge.updateMany({ where: { campaignId: c.id, backerId: a.id }, data: { status: 'CANCELLED' } });
    expect(await stored(c.id)).toEqual(await fromRows(c.id));
    expect((await stored(c.id)).backerCount).toBe(1);
    await db.pledge.deleteMany({ where: { campaignId: c.id, backerId: b.id } });
    expect(await stored(c.id)).toEqual({ raisedFen: 0n, backerCount: 0 });
  });

  it('add and subtract per statement over bulk writes of many backers, several pledges each, in one statement', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const [c, other] = await Promise.all([createCampaign(owner), createCampaign(owner)]);
    const backers = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    // Backer i has 1 + i % 4 pledges here and one on the other campaign, all in one statement.
    const rows = backers.flatMap((u, i) => [
      ...Array.from({ length: 1 + (i % 4) }, (_, j) => ({ campaignId: c.id, backerId: u.id, amountFen: 100 * (i + 1) + j, idempotencyKey: key(), authorizationId: `bulk-${i}-${j}` })),
      { campaignId: other.id, backerId: u.id, amountFen: 500, idempotencyKey: key(), authorizationId: `bulk-o-${i}` },
    ]);
    await db.pledge.createMany({ data: rows });
    expect(await stored(c.id)).toEqual(await fromRows(c.id));
    expect(await stored(other.id)).toEqual({ raisedFen: 10_000n, backerCount: 20 });

    // One statement cancels every pledge of the even backers and the first pledge of the odd ones.
    const even = backers.filter((_, i) => i % 2 === 0).map((u) => u.id);
    await db.pledge.updateMany({ where: { campaignId: c.id, backerId: { in: even } }, data: { status: 'CANCELLED' } });
    const firsts = await db.pledge.findMany({ where: { campaignId: c.id, status: 'AUTHORIZED', authorizationId: { endsWith: '-0' } }, select: { id: true } });
    await db.pledge.updateMany({ where: { id: { in: firsts.map((p) => p.id) } }, data: { status: 'CANCELLED' } });
    // Odd backers had 2 or 4 pledges here, so each keeps at least one: 10 backers remain.
    expect(await stored(c.id)).toEqual(await fromRows(c.id));
    expect((await stored(c.id)).backerCount).toBe(10);
    // Un-cancelling in bulk brings everyone back; settlement-style moves leave the totals alone.
    await db.pledge.updateMany({ where: { campaignId: c.id }, data: { status: 'AUTHORIZED' } });
    await db.pledge.updateMany({ where: { campaignId: c.id }, data: { status: 'CAPTURED' } });
    expect(await stored(c.id)).toEqual(await fromRows(c.id));
    expect((await stored(c.id)).backerCount).toBe(20);
    expect(await db.campaignBacker.count({ where: { campaignId: c.id } })).toBe(20);
    await db.pledge.deleteMany({ where: { campaignId: { in: [c.id, other.id] } } });
    expect(await stored(c.id)).toEqual({ raisedFen: 0n, backerCount: 0 });
    expect(await stored(other.id)).toEqual({ raisedFen: 0n, backerCount: 0 });
    expect(await db.campaignBacker.count({ where: { campaignId: { in: [c.id, other.id] } } })).toBe(0);
  });

  it('do not move when settlement captures or voids', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner, { goalFen: 1_000_000 });
    const backers = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    for (const b of backers) expect((await createPledge(b, { campaignId: c.id, tierId: null, amountFen: 5000, idempotencyKey: key() })).ok).toBe(true);
    const before = await stored(c.id);
    await db.campaign.update({ where: { id: c.id }, data: { endsAt: new Date(Date.now() - 1000) } });
    await settleCampaign(c.id);
    expect(await db.pledge.count({ where: { campaignId: c.id, status: 'VOIDED' } })).toBe(3);
    expect(await stored(c.id)).toEqual(before);
    expect(before).toEqual({ raisedFen: 15_000n, backerCount: 3 });
  });

  it('show visitors and members the same fresh totals in the browse list, whoever wrote the pledge', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const c = await createCampaign(owner);
    const [a, b, member] = await Promise.all([createUser(), createUser(), createUser()]);
    const search = campaignSearchSchema.parse({ sort: 'newest', limit: 100 });
    const raised = async (viewer: typeof member | null) => (await listCampaigns(viewer, search)).items.find((x) => x.id === c.id)?.raisedFen;
    expect(await raised(null)).toBe(0);

    // A row written behind the service's back: no per-process copy keeps the old card.
    await db.pledge.create({ data: { campaignId: c.id, backerId: a.id, amountFen: 2000, idempotencyKey: key(), authorizationId: 'manual' } });
    expect(await raised(null)).toBe(2000);
    expect(await raised(member)).toBe(2000);

    expect((await createPledge(b, { campaignId: c.id, tierId: null, amountFen: 3000, idempotencyKey: key() })).ok).toBe(true);
    expect(await raised(null)).toBe(5000);
  });
});
