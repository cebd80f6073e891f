import { describe, expect, it } from 'vitest';
import { withDemo } from '../demo-rollback';

describe('demo fault reports', () => {
  it('loads open and fixed reports in Chinese and English, dated around load time, with history and out-of-service blocks', async () => {
    const loadedAt = Date.now();
    await withDemo(async (tx) => {
      // Only the demo space's reports: other tests of this worker leave their own rows.
      const space = await tx.space.findFirstOrThrow({ where: { name: '众创空间 · 杨浦园区' } });
      const faults = await tx.faultReport.findMany({ where: { spaceId: space.id }, include: { events: true, resource: true } });
      expect(faults.length).toBeGreaterThanOrEqual(5);
      expect(faults.some((f) => /[\u4e00-\u9fff]/.test(f.description))).toBe(true);
      expect(faults.some((f) => /^[\x20-\x7e]+$/.test(f.description))).toBe(true);
      expect(faults.some((f) => f.status === 'FIXED' && f.fixedAt && f.resourceId)).toBe(true);
      expect(faults.some((f) => ['NEW', 'CONFIRMED', 'IN_PROGRESS'].includes(f.status))).toBe(true);
      for (const f of faults) {
        expect(f.createdAt.getTime()).toBeLessThanOrEqual(loadedAt + 60_000);
        expect(f.createdAt.getTime()).toBeGreaterThan(loadedAt - 90 * 86_400_000);
        expect(f.events.some((e) => e.kind === 'REPORTED')).toBe(true);
      }
      // The laser cutter is in service at load time: the e2e and the demo take it out by hand.
      const laser = faults.find((f) => f.resource?.name === '激光切割机');
      expect(laser?.status).toBe('FIXED');
      expect(faults.filter((f) => f.blockId !== null)).toEqual([]);
    });
  });
});
