import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { pool } from '@/lib/db';
import { env } from '@/lib/env';

// Counters live in PostgreSQL (table rate_limit, created by the migrations) so that every app
// instance sees the same failures.
const windowSeconds = env.SIGNIN_BLOCK_MINUTES * 60;

const byEmail = new RateLimiterPostgres({
  storeClient: pool,
  tableName: 'rate_limit',
  tableCreated: true,
  keyPrefix: 'signin-email',
  points: env.SIGNIN_MAX_FAILURES_PER_EMAIL,
  duration: windowSeconds,
});

const byIp = new RateLimiterPostgres({
  storeClient: pool,
  tableName: 'rate_limit',
  tableCreated: true,
  keyPrefix: 'signin-ip',
  points: env.SIGNIN_MAX_FAILURES_PER_IP,
  duration: windowSeconds,
});

/**
 * Keys are hashed: the table's key column holds 255 characters, an e-mail may have 254 and an
 * address header anything, and a key that does not fit made the insert fail, which the
 * allSettled below swallowed, so a long e-mail was never limited at all.
 */
function key(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex');
}

function remainingMs(res: RateLimiterRes | null, limit: number): number {
  return res && res.consumedPoints >= limit ? Math.max(res.msBeforeNext, 1000) : 0;
}

/** Milliseconds until this e-mail or IP may try again; 0 when not blocked. */
export async function signInBlockedForMs(email: string, ip: string): Promise<number> {
  const [e, i] = await Promise.all([byEmail.get(key(email)), byIp.get(key(ip))]);
  return Math.max(
    remainingMs(e, env.SIGNIN_MAX_FAILURES_PER_EMAIL),
    remainingMs(i, env.SIGNIN_MAX_FAILURES_PER_IP),
  );
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  // consume() rejects once a key is over its limit; that is the state we record, not an error.
  await Promise.allSettled([byEmail.consume(key(email)), byIp.consume(key(ip))]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await byEmail.delete(key(email));
}
