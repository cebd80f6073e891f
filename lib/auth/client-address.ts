import 'server-only';
import { env } from '@/lib/env';

/**
 * The address a request came from, for the per-IP sign-in limit.
 *
 * Next.js 16 gives route handlers and server actions no socket (NextRequest.ip is gone). What
 * `next start` does instead (next/dist/server/base-server.js) is
 * `x-forwarded-for ??= socket.remoteAddress`: it fills the header only when the client sent
 * none and passes a client-supplied value through untouched, without appending the real peer.
 * Tried against `next start` 16.4 with the per-IP limit as the probe: after 30 failures each
 * sent with another made-up X-Forwarded-For, a sign-in with yet another one still got through;
 * after 30 failures with no header (Next filled in the socket), a sign-in with no header was
 * refused but one with a made-up header got through. So under plain `next start` the header
 * is whatever the client wrote: trusting it lets anyone pick their own bucket (no limit) or
 * someone else's (a lock-out).
 *
 * The app is therefore served by scripts/serve.mjs, an ordinary Node HTTP server that hands
 * requests to Next in the same process. It overwrites `x-zcs-peer` on every request with the
 * socket's remote address (so a client cannot set it) and marks the process with
 * ZCS_PEER_HEADER=1; only then is that header believed.
 *
 * TRUST_PROXY_HOPS (default 0) says how many reverse proxies stand in front of the app:
 * 0: X-Forwarded-For is ignored, the socket peer is the client;
 * N: each proxy appends the address it received the request from, so the Nth address from
 *    the right was written by the outermost trusted proxy; anything left of it is the
 *    client's own claim. A request with fewer entries did not pass every proxy: its peer counts.
 */
export const PEER_HEADER = 'x-zcs-peer';

export function forwardedAddress(forwardedFor: string | null, hops: number): string | null {
  if (hops <= 0 || !forwardedFor) return null;
  const chain = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : null;
}

export function clientAddress(headers: Headers): string {
  const peer = process.env.ZCS_PEER_HEADER === '1' ? headers.get(PEER_HEADER) : lastForwarded(headers.get('x-forwarded-for'));
  return forwardedAddress(headers.get('x-forwarded-for'), env.TRUST_PROXY_HOPS) ?? peer ?? 'unknown';
}

/** Without scripts/serve.mjs the best left is Next's own header: the socket when the client sent none. */
function lastForwarded(value: string | null): string | null {
  const chain = value?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  return chain.at(-1) ?? null;
}
