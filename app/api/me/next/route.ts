import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute, requireApiUser } from '@/lib/api/http';
import { findMyNextThings } from '@/lib/home/next-queries';

/**
 * The signed-in member's own next things for the cached home page's island (next booking,
 * session, event, open tasks, unread count). The browser's session cookie, or a bearer token;
 * a visitor gets `{ next: null }`. Never cached anywhere.
 */
// Auth.js's session cookie, plain or __Secure- (https), whole or in chunks (".0", ".1").
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export const GET = apiRoute(async (req: NextRequest) => {
  const headers = { 'Cache-Control': 'private, no-store', Vary: 'Cookie, Authorization' };
  const bearer = req.headers.get('authorization');
  // A visitor (no token, no session cookie) has nothing here: answered without Auth.js.
  if (!bearer && !req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.json({ next: null }, { headers });
  // Loaded lazily, as in requireApiOrSessionUser: token clients never need the Auth.js stack.
  const user = bearer ? await requireApiUser(req) : await (await import('@/lib/auth/session')).getCurrentUser();
  const next = await findMyNextThings(user);
  return NextResponse.json({ next }, { headers });
});
