import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { awardPoints, setLeaderboardPrivacy } from '@/lib/points/service';
import { contributionSummary, findMemberContributions, leaderboard, pointsBalance } from '@/lib/points/queries';
import { monthRange } from '@/lib/points/month';
import { createUser } from '../factories';

async function award(userId: string, points: number, at: Date, key = `test:${Math.random()}`) {
  await db.pointsEntry.create({ data: { userId, points, source: 'TASK', sourceKey: key, createdAt: at } });
}

describe('the points ledger', () => {
  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const member = await createUser();
    await award(member.id, 10, new Date(), `append-only:${member.id}`);
    await expect(db.pointsEntry.updateMany({ where: { userId: member.id }, data: { points: 999 } })).rejects.toThrow(/append-only/);
    await expect(db.pointsEntry.deleteMany({ where: { userId: member.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "PointsEntry" SET "points" = 1 WHERE "userId" = '${member.id}'`)).rejects.toThrow();
    expect(await pointsBalance(member.id)).toBe(10);
  });

  it('awards a source key once, however often it is retried', async () => {
    const member = await createUser();
    const key = `retry:${member.id}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => db.$transaction((tx) => awardPoints(tx, { userId: member.id, points: 25, source: 'TRAINING', sourceKey: key }))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await pointsBalance(member.id)).toBe(25);
  });

  it('refuses zero or negative points', async () => {
    const member = await createUser();
    await expect(db.pointsEntry.create({ data: { userId: member.id, points: -5, source: 'TASK', sourceKey: `neg:${member.id}` } })).rejects.toThrow();
  });
});

describe('leaderboards and badges', () => {
  it('counts months in Beijing time', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Shanghai.
    const { start, end } = monthRange(new Date('2026-11-30T17:00:00Z'));
    expect(start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('ranks this month and all time, leaves out hidden members, and awards top of a past month', async () => {
    // A month long past keeps this test's numbers apart from other tests' rows (and out of anyone's future).
    const now = new Date('2003-06-15T04:00:00Z');
    const lastMonth = new Date('2003-05-20T04:00:00Z');
    const [a, b, hidden] = await Promise.all([createUser({ name: '甲' }), createUser({ name: '乙' }), createUser({ name: '丙' })]);
    await award(a.id, 500, lastMonth);
    await award(b.id, 100, lastMonth);
    await award(b.id, 300, now);
    await award(a.id, 50, now);
    await award(hidden.id, 10000, now);
    expect(await setLeaderboardPrivacy(hidden, true)).toMatchObject({ ok: true });

    const month = await leaderboard('month', now, 500);
    const mine = month.filter((r) => [a.id, b.id, hidden.id].includes(r.userId));
    expect(mine.map((r) => [r.name, r.points])).toEqual([['乙', 300], ['甲', 50]]);
    const all = await leaderboard('all', now, 1000);
    expect(all.some((r) => r.userId === hidden.id)).toBe(false);

    const summary = await contributionSummary(a.id, now);
    expect(summary.balance).toBe(550);
    expect(summary.monthPoints).toBe(50);
    expect(summary.badges.filter((x) => x.key === 'topOfMonth')).toHaveLength(1);
    expect((await contributionSummary(b.id, now)).badges.some((x) => x.key === 'topOfMonth')).toBe(false);

    expect(await findMemberContributions(a, hidden.id, now)).toMatchObject({ hidden: true, summary: null });
    expect(await findMemberContributions(hidden, hidden.id, now)).toMatchObject({ hidden: false });
  });
});
