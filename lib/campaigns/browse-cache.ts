import 'server-only';
import { LRUCache } from 'lru-cache';

/**
 * The visitors' campaign browse list, kept for a few seconds per query: every signed-out
 * visitor sees the same list, so one answer serves them all. Signed-in members are never
 * served from here (their list can include their own team's members-only projects).
 * Writes that change a card (pledges, status changes) clear it on this instance; other
 * instances catch up within the TTL.
 */
export const browseCache = new LRUCache<string, object>({ max: 500, ttl: 10_000 });

export function forgetCampaignLists(): void {
  browseCache.clear();
}
