import { NextResponse } from 'next/server';
import { apiRoute, ApiError } from '@/lib/api/http';
import { unsubscribeKind } from '@/lib/notifications/service';
import { verifyUnsubscribeToken } from '@/lib/notifications/unsubscribe';

function params(req: Request) {
  const url = new URL(req.url);
  const u = url.searchParams.get('u') ?? '';
  const k = url.searchParams.get('k') ?? '';
  const t = url.searchParams.get('t') ?? '';
  if (!u || !k || !t || !verifyUnsubscribeToken(u, k, t)) throw new ApiError('NOT_FOUND', 'unsubscribeInvalid');
  return { u, k };
}

/**
 * RFC 8058 one-click unsubscribe (the mail client POSTs `List-Unsubscribe=One-Click`): e-mail of
 * that kind off. The link is signed per member and kind; a forged one is NOT_FOUND.
 */
export const POST = apiRoute(async (req) => {
  const { u, k } = params(req);
  await unsubscribeKind(u, k);
  return NextResponse.json({ unsubscribed: true });
});

/** A person clicking the link: the same, then their preferences page. */
export const GET = apiRoute(async (req) => {
  const { u, k } = params(req);
  await unsubscribeKind(u, k);
  return NextResponse.redirect(new URL('/notifications/preferences?unsubscribed=1', req.url), 303);
});
