import 'server-only';
import { activateDueCampaigns } from '@/lib/campaigns/service';
import { findCampaignsToSettle, settleCampaign } from '@/lib/campaigns/settlement-service';

/**
 * The minute tick. Every step is idempotent (conditional updates, effect keys), so two app
 * instances running it at once, or a run cut short, are harmless: the next run finishes.
 */
export async function runCampaignsTick(now = new Date()): Promise<{ activated: number; settled: number }> {
  const activated = await activateDueCampaigns(now);
  let settled = 0;
  for (const id of await findCampaignsToSettle(now)) {
    try {
      const report = await settleCampaign(id, { now });
      if (report?.settled) settled++;
    } catch (error) {
      // One campaign's gateway trouble must not hold up the others; the next tick retries it.
      console.error('[jobs] settlement failed', id, error);
    }
  }
  return { activated, settled };
}
