// Which browse requests are answered by a cached entry page (proxy.ts). No imports: the proxy
// runs before anything else, and unit tests read this file directly.

/**
 * A browse page that reads its query (filters, sort, cursor) is rendered per request. Its common
 * entry, the page without any query, is rendered once and cached instead: the proxy rewrites it
 * to an internal route under `/entry/` that takes no query. Every entry is the list as a visitor
 * sees it, for visitors and members alike (the same HTML): what only a member sees (members-only
 * projects, their team's private ones, their own buttons) comes through the page's personal
 * island, asked for with their own cookie and rendered per request.
 */
const ENTRY = /^(\/en)?\/(campaigns|projects|events|tasks|leaderboard|participate)\/?$/;

/** The internal path of the cached entry (`/en/entry/campaigns`), or null for the per-request page. */
export function cachedEntryPath(pathname: string, search: string): string | null {
  if (search !== '' && search !== '?') return null;
  const m = ENTRY.exec(pathname);
  if (!m) return null;
  return `${m[1] ?? ''}/entry/${m[2]}`;
}

/** The internal routes themselves are not pages of their own: asked for directly, they are not found. */
export function isInternalEntryPath(pathname: string): boolean {
  return /^(\/(en|zh-CN))?\/entry(\/|$)/.test(pathname);
}
