import { describe, expect, it } from 'vitest';
import { withDemo } from '../demo-rollback';

describe('the demo participation data', () => {
  it('has consultations, answered and waiting proposals with supports, and a result linked to an accepted proposal', async () => {
    await withDemo(async (tx) => {
      const proposals = await tx.proposal.findMany({ where: { author: { email: { endsWith: '@demo.zcs.cn' } } }, select: { status: true, supportCount: true, firstAnsweredAt: true, createdAt: true } });
      expect(proposals.length).toBeGreaterThanOrEqual(5);
      expect(new Set(proposals.map((p) => p.status))).toEqual(new Set(['ACCEPTED', 'EVALUATING', 'NOT_ANSWERED', 'REJECTED']));
      expect(proposals.every((p) => p.createdAt.getTime() < Date.now())).toBe(true);
      expect(proposals.some((p) => p.supportCount > 10)).toBe(true);
      const linked = await tx.resultProposal.findMany({ where: { proposal: { status: 'ACCEPTED', author: { email: { endsWith: '@demo.zcs.cn' } } } } });
      expect(linked.length).toBeGreaterThan(0);
      // Every accepted demo proposal's author got its points once.
      const accepted = await tx.proposal.count({ where: { status: 'ACCEPTED', author: { email: { endsWith: '@demo.zcs.cn' } } } });
      expect(await tx.pointsEntry.count({ where: { source: 'PROPOSAL', user: { email: { endsWith: '@demo.zcs.cn' } } } })).toBe(accepted);
    });
  });
});
