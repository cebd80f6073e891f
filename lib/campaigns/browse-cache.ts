import 'server-only';
import { LRUCache } from 'lru-cache';

/**
 * The visitors' campaign browse list, kept for a few seconds per query: every signed-out
 * visitor sees the same list, so one answer serves them all. Signed-in members are never
 * served from here (their list can include their own team's members-only projects).
 * Concurrent misses of one query share one database read, and after the TTL the old list is
 * served while a fresh one loads. Writes that change a card (pledges, status changes) clear
 * it on this instance; other instances catch up within the TTL.
 */
const cache = new LRUCache<string, object, () => Promise<object>>({
  max: 500,
  ttl: 10_000,
  allowStale: true,
  fetchMethod: (_key, _stale, { context }) => context(),
});

export async function cachedForVisitors<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
  return (await cache.fetch(key, { context: load })) as T;
}

export function forgetCampaignLists(): void {
  cache.clear();
}
