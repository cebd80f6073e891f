import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import en from './messages/en.json';
import zh from './messages/zh-CN.json';
import { contentSecurityPolicy, isCachedPublicPage, publicContentSecurityPolicy } from './lib/csp';
import { cachedEntryPath, isInternalEntryPath } from './lib/cache/entry-pages';

const handleI18nRouting = createMiddleware(routing);

/** Bodies above this are refused before Next reads them (server actions allow 4 MB: next.config.ts). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * True when every %-escape in the string is well formed and decodes to UTF-8 without a NUL or a
 * lone surrogate. Anything else cannot name a page or a row (`/projects/%E0%A4%A`, `?q=%00`).
 */
export function isCleanlyEncoded(raw: string): boolean {
  try {
    const decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
    return !/\u0000/.test(decoded);
  } catch {
    return false;
  }
}

function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true; // Next lets a request without Origin through, as browsers always send one.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const MAX_ACTION_DEPTH = 32;
const MAX_ACTION_ITEMS = 10_000;

/** Inline values React writes into a text action body; any other `$` string points at a part only a multipart body has. */
const INLINE_REFERENCE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n)/;

/**
 * A server action's arguments arrive as React's reply format. A text body is one JSON value that
 * may not point at other parts: Next answers a body that breaks this with a 500, so it is refused
 * here. Multipart bodies are checked for their JSON root only: their parts may be referenced.
 */
async function isWellFormedActionBody(request: NextRequest): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  if (/^multipart\/form-data/i.test(type)) {
    // A form with files: a multipart body whose part "0" holds the arguments as JSON.
    try {
      const root = (await request.clone().formData()).get('0');
      return typeof root === 'string' && Array.isArray(JSON.parse(root));
    } catch {
      return false;
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(await request.clone().text());
  } catch {
    return false;
  }
  // The arguments of the call: always an array.
  if (!Array.isArray(value)) return false;
  // React refuses (with a 500) arrays it deems too large or too deep; no form of ours comes close.
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.startsWith('$') && !INLINE_REFERENCE.test(v)) return false;
    } else if (v && typeof v === 'object') {
      const items = Array.isArray(v) ? v : Object.values(v);
      if (depth > MAX_ACTION_DEPTH || items.length > MAX_ACTION_ITEMS) return false;
      // One by one: spreading a huge array into push() would overflow the call stack.
      for (const item of items) stack.push({ v: item, depth: depth + 1 });
    }
  }
  return true;
}

/**
 * What a cached public page tells the caches between it and the reader. Next would send
 * `s-maxage=300, stale-while-revalidate=…`, which lets a CDN or a caching proxy in front of the
 * instances keep serving a page for minutes after a write changed it. Each instance already
 * drops a page the moment any instance writes what it shows (lib/cache), so a cache on the way
 * may keep a copy but must ask first: the instance answers an unchanged page with 304 by its
 * ETag, and a changed one in full. Set here, Next keeps it (it sets its own only when none is).
 * Not `no-cache`, which means the same: Next also hands the proxy's response headers to the page
 * as request headers, and a request saying `no-cache` is never answered with 304.
 */
export const CACHED_PAGE_CACHE_CONTROL = 'max-age=0, must-revalidate';

/** Before the language is known: both languages, as the root not-found page does. */
function plainError(status: number, key: 'badRequest' | 'payloadTooLarge' | 'crossOriginRefused') {
  return new NextResponse(`${zh.errors[key]} · ${en.errors[key]}`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * Refuses what the app cannot answer sensibly (broken %-encoding, oversized bodies), then picks the
 * language (URL prefix, then cookie, then Accept-Language: zh* -> Chinese), rewrites to
 * app/[locale] and sets the page's Content-Security-Policy. Authorization is not decided here:
 * every page and action checks.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { pathname: rawPath, search } = new URL(request.url);
  const isApi = pathname.startsWith('/api/');
  // Twice: route parameters are decoded again after the path, so `%25E0` must decode cleanly too.
  if (!isCleanlyEncoded(rawPath) || !isCleanlyEncoded(safeDecode(rawPath))) return isApi ? apiError(request, 400, 'BAD_REQUEST', 'badRequest') : plainError(400, 'badRequest');
  for (const part of search.slice(1).split('&')) {
    if (!isCleanlyEncoded(part)) return isApi ? apiError(request, 400, 'BAD_REQUEST', 'badRequest') : plainError(400, 'badRequest');
  }
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return isApi ? apiError(request, 413, 'PAYLOAD_TOO_LARGE', 'payloadTooLarge') : plainError(413, 'payloadTooLarge');
  if (isApi) return NextResponse.next();
  // Next refuses a server action posted from another origin, but with a 500: refuse it here as the
  // client error it is.
  if (request.method === 'POST' && !isSameOrigin(request)) return plainError(403, 'crossOriginRefused');
  if (request.method === 'POST' && request.headers.has('next-action') && !(await isWellFormedActionBody(request))) return plainError(400, 'badRequest');

  // The cached entries of the browse pages live under /entry/ for the proxy's rewrites only.
  if (isInternalEntryPath(pathname)) return NextResponse.rewrite(new URL(`/${pathname.startsWith('/en') ? 'en' : 'zh-CN'}/not-a-page`, request.url));
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  const entry = isRead || request.headers.has('next-action') ? cachedEntryPath(pathname, search) : null;
  if (entry) {
    // A browse page without a query: its cached render (lib/cache/entry-pages.ts). The language is
    // chosen as for any page; a redirect (to /en, say) stays one.
    const response = handleI18nRouting(request);
    if (response.headers.has('location')) return response;
    const locale = entry.startsWith('/en/') ? '' : '/zh-CN';
    // next-intl's answer (its cookie, its request headers) with the entry as the destination.
    const headers = new Headers(response.headers);
    headers.delete('x-middleware-next');
    headers.delete('x-middleware-rewrite');
    headers.set('Content-Security-Policy', publicContentSecurityPolicy());
    if (isRead) headers.set('Cache-Control', CACHED_PAGE_CACHE_CONTROL);
    return NextResponse.rewrite(new URL(`${locale}${entry}`, request.url), { headers });
  }
  if (request.method === 'GET' && isCachedPublicPage(pathname)) {
    // No nonce in the request: Next renders the page once for everyone and caches it.
    const response = handleI18nRouting(request);
    response.headers.set('Content-Security-Policy', publicContentSecurityPolicy());
    response.headers.set('Cache-Control', CACHED_PAGE_CACHE_CONTROL);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  // Next reads the nonce from the request's policy header while rendering; next-intl passes the
  // request headers on to the rewritten request.
  request.headers.set('x-nonce', nonce);
  request.headers.set('Content-Security-Policy', csp);
  const response = handleI18nRouting(request);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/** The API's error shape, in the caller's language (as lib/api/http.ts answers). */
function apiError(request: NextRequest, status: number, code: string, key: 'badRequest' | 'payloadTooLarge') {
  const english = (request.headers.get('accept-language') ?? '').trim().toLowerCase().startsWith('en');
  return NextResponse.json({ error: { code, message: (english ? en : zh).errors[key] } }, { status });
}

export const config = {
  // Pages, and the JSON API (for the address checks only); not static files or Next's assets.
  // `api` then `/` or the end, not any `api…`: the page /api-docs starts with those letters too.
  matcher: ['/api/v1/:path*', '/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)'],
};
