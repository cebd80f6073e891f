// Which browse requests are answered by a cached entry page (proxy.ts). No imports: the proxy
// runs before anything else, and unit tests read this file directly.

/**
 * A browse page that reads its query (filters, sort, cursor) is rendered per request. Its common
 * entry, the page without any query, is rendered once and cached instead: the proxy rewrites it
 * to an internal route under `/entry/` that takes no query. Lists whose items depend on who looks
 * (members see members-only projects, their campaigns and tasks) are cached as a visitor sees
 * them and served so to visitors only; a request with a session cookie keeps the per-request
 * page, as fast as before. The cookie only routes: both pages decide what they show themselves.
 */
const ENTRY = /^(\/en)?\/(campaigns|projects|events|tasks|leaderboard|participate)\/?$/;
const SAME_FOR_EVERYONE = new Set(['events', 'leaderboard', 'participate']);

/** The internal path of the cached entry (`/en/entry/campaigns`), or null for the per-request page. */
export function cachedEntryPath(pathname: string, search: string, hasSession: boolean): string | null {
  if (search !== '' && search !== '?') return null;
  const m = ENTRY.exec(pathname);
  if (!m) return null;
  if (hasSession && !SAME_FOR_EVERYONE.has(m[2])) return null;
  return `${m[1] ?? ''}/entry/${m[2]}`;
}

/** The internal routes themselves are not pages of their own: asked for directly, they are not found. */
export function isInternalEntryPath(pathname: string): boolean {
  return /^(\/(en|zh-CN))?\/entry(\/|$)/.test(pathname);
}

/** Auth.js's session cookie (`__Secure-` over HTTPS; `.0`, `.1` ... when chunked). */
export function hasSessionCookie(names: string[]): boolean {
  return names.some((n) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(n));
}
