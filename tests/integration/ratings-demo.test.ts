import { describe, expect, it } from 'vitest';
import { withDemo } from '../demo-rollback';

describe('demo ratings', () => {
  it('spreads ratings over the services so the public page shows real distributions', async () => {
    await withDemo(async (tx) => {
      const demo = { rater: { email: { endsWith: '@demo.zcs.cn' } } };
      const byType = await tx.serviceRating.groupBy({ by: ['serviceType'], where: demo, _count: { _all: true } });
      const bookings = byType.find((t) => t.serviceType === 'BOOKING')?._count._all ?? 0;
      expect(bookings).toBeGreaterThanOrEqual(10);
      const levels = await tx.serviceRating.groupBy({ by: ['level'], where: { ...demo, serviceType: 'BOOKING' }, _count: { _all: true } });
      expect(levels.length).toBe(5);
      expect(await tx.serviceRating.count({ where: { ...demo, createdAt: { gt: new Date() } } })).toBe(0);
      const statuses = await tx.ratingCase.groupBy({ by: ['status'], where: { rating: demo }, _count: { _all: true } });
      expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['OPEN', 'FIXED', 'EXPLAINED']));
      // The demo member's own finished bookings are left to rate.
      expect(await tx.serviceRating.count({ where: { rater: { email: 'member@demo.zcs.cn' }, recordKind: 'BOOKING' } })).toBe(0);
    });
  }, 180_000);
});
