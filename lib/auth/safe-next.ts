/**
 * Where to go after sign-in: only a path on this site. `next` is parsed the way the browser will
 * parse the Location header (tabs and newlines dropped, backslashes read as slashes), so
 * `/%09/evil.invalid` — which becomes `//evil.invalid` — is caught by the origin comparison
 * rather than by string tests that the browser does not share.
 */
const BASE = 'http://zcs.invalid';
const FALLBACK = '/dashboard';

export function safeNextPath(value: unknown): string {
  // Links in the app always carry an absolute path; anything else is not ours to follow.
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  // `/.//evil.invalid` parses to the path `//evil.invalid` on our origin, which a browser would
  // read as another host once it stands alone in a Location header.
  const path = url.pathname.replace(/^\/{2,}/, '/');
  return `${path}${url.search}${url.hash}`;
}
