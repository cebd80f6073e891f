import 'server-only';
import { unstable_cache } from 'next/cache';

/**
 * Page tags, one per object and one per list. The database announces the same names when a row
 * changes (migrations 20261202000500_cache_invalidation and after), so keep the two in step.
 */
export const TAGS = {
  campaigns: 'campaigns',
  campaign: (id: string) => `campaign:${id}`,
  projects: 'projects',
  project: (id: string) => `project:${id}`,
  events: 'events',
  event: (id: string) => `event:${id}`,
  tasks: 'tasks',
  task: (id: string) => `task:${id}`,
  members: 'members',
  member: (id: string) => `member:${id}`,
  leaderboard: 'leaderboard',
  // Participation and service quality: one tag each for every page of theirs (migration
  // 20261202040000_cache_invalidation_public_pages announces them on every row they show).
  participation: 'participation',
  serviceQuality: 'service-quality',
} as const;

/**
 * Marks the page being rendered with these tags: a cached page is dropped on every instance when
 * one of them is announced. Next collects the tags of the cached functions a render calls into
 * the page's entry; this one caches nothing of interest, it only carries the tags.
 */
export async function tagPage(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['page-tags', ...tags], { tags })();
}
