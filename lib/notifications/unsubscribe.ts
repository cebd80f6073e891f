import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

// The one-click unsubscribe link carries an HMAC of (member, kind): no table of tokens, and a
// link cannot be altered to unsubscribe someone else.
function secret(): string {
  return env.AUTH_SECRET ?? 'development-only-unsubscribe-secret';
}

export function unsubscribeToken(userId: string, kind: string): string {
  return createHmac('sha256', secret()).update(`unsubscribe:${userId}:${kind}`).digest('base64url').slice(0, 32);
}

export function verifyUnsubscribeToken(userId: string, kind: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(userId, kind));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function unsubscribeUrl(appUrl: string, userId: string, kind: string): string {
  const url = new URL('/api/v1/notifications/unsubscribe', appUrl);
  url.searchParams.set('u', userId);
  url.searchParams.set('k', kind);
  url.searchParams.set('t', unsubscribeToken(userId, kind));
  return url.toString();
}
