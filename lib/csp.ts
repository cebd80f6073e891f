// The Content-Security-Policy of HTML pages (set by proxy.ts). No imports: the proxy runs before
// anything else, and unit tests read this file directly.

/**
 * Pages served from the shared cache (lib/cache): the same HTML for every visitor and member, so
 * they cannot carry a per-response nonce (a nonce in cached HTML is a nonce anyone can read).
 * Their policy allows the page's own inline scripts ('unsafe-inline': Next writes the page's data
 * as inline scripts whose hashes differ per page and per render, and would have to be known
 * before the body) and scripts from this origin only. What keeps this safe: these pages render no
 * per-user content at all (personal parts load through /api/me and server actions), React escapes
 * every member-authored string, Markdown is rendered without raw HTML, and everything else of the
 * strict policy stays (no plugins, no foreign origins, no <base>, no framing, forms post home).
 * Every other page (signed-in pages, sign-in, forms) keeps the per-response nonce.
 */
const CACHED_PUBLIC_PAGE = /^(?:\/en)?(?:\/|\/campaigns\/[^/]+|\/projects\/(?!new$)[^/]+|\/events\/[^/]+|\/tasks\/(?!(?:new|mine|operations)$)[^/]+|\/members\/[^/]+|\/participate\/results|\/service-quality|\/terms)?\/?$/;

export function isCachedPublicPage(pathname: string): boolean {
  return CACHED_PUBLIC_PAGE.test(pathname);
}

/** The policy of a cached public page: everything of the nonce policy but the nonce. */
export function publicContentSecurityPolicy(dev = process.env.NODE_ENV !== 'production'): string {
  return contentSecurityPolicy('', dev).replace(/script-src [^;]+/, `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`);
}

/**
 * The policy for HTML pages. Scripts run only with this response's nonce (Next puts it on its own
 * scripts when it finds it in the request's CSP header); 'strict-dynamic' lets those load their
 * chunks. Styles may be inline: React's `style` attributes and the chart library set them.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== 'production'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

