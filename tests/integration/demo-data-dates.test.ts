import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tx } from '@/lib/db';
import { monthRange } from '@/lib/points/month';
import { monthAhead } from '@/prisma/seed/calendar';
import { withDemo } from '../demo-rollback';

/**
 * Loads the demo as if it were `now` (only Date is faked; PostgreSQL keeps its own clock), checks
 * that it reads like a living space on that day, then rolls everything back.
 */
async function demoAt(now: Date, check: (tx: Tx) => Promise<void>) {
  vi.useFakeTimers({ toFake: ['Date'], now });
  try {
    await withDemo(check);
  } finally {
    vi.useRealTimers();
  }
}

describe('demo data is dated around the day it is loaded', () => {
  afterEach(() => vi.useRealTimers());

  // 1 January just after midnight, the first minutes of a month, and the last minutes of one (Beijing time).
  it.each([
    ['1 January, 00:10', '2026-12-31T16:10:00Z'],
    ['the first day of a month, 00:05', '2027-02-28T16:05:00Z'],
    ['the last day of a month, 23:50', '2027-06-30T15:50:00Z'],
  ])('has this month on the leaderboard, live campaigns and upcoming events on %s', async (_, iso) => {
    const now = new Date(iso);
    await demoAt(now, async (tx) => {
      // Other tests of this worker leave their own rows: look only at the demo's (its users are @demo.zcs.cn).
      const demo = { email: { endsWith: '@demo.zcs.cn' } };
      const month = monthRange(now);
      expect(await tx.pointsEntry.count({ where: { user: demo, createdAt: { gte: month.start, lt: month.end } } })).toBeGreaterThan(0);
      expect(await tx.pointsEntry.count({ where: { user: demo, createdAt: { gt: now } } })).toBe(0);
      const demoCampaign = { createdBy: demo };
      expect(await tx.campaign.count({ where: { ...demoCampaign, status: 'LIVE', startsAt: { lte: now }, endsAt: { gt: now } } })).toBeGreaterThan(0);
      const thisMonth = monthAhead(0, now.getTime());
      const tiers = await tx.rewardTier.findMany({ where: { campaign: { ...demoCampaign, status: { in: ['LIVE', 'APPROVED', 'SUBMITTED', 'DRAFT'] } }, deliveryMonth: { not: null } }, select: { deliveryMonth: true } });
      expect(tiers.length).toBeGreaterThan(0);
      for (const t of tiers) expect(t.deliveryMonth! >= thisMonth).toBe(true);
      expect(await tx.event.count({ where: { organizer: demo, status: 'PUBLISHED', startsAt: { gt: now } } })).toBeGreaterThan(0);
      expect(await tx.event.count({ where: { organizer: demo, endsAt: { lt: now } } })).toBeGreaterThan(0);
      expect(await tx.booking.count({ where: { user: demo, startsAt: { gt: now }, status: { in: ['CONFIRMED', 'PENDING'] } } })).toBeGreaterThan(0);
      expect(await tx.intakeRound.count({ where: { createdBy: demo, opensAt: { lte: now }, closesAt: { gt: now } } })).toBe(1);
    });
  });
});
