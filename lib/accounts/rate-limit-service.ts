import 'server-only';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { pool } from '@/lib/db';

// Same store as the sign-in limits (lib/auth/rate-limit.ts): the rate_limit table, shared by
// every app instance. These limits count requests that send e-mail, so nobody can use the
// platform to flood an inbox.
function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPostgres({ storeClient: pool, tableName: 'rate_limit', tableCreated: true, keyPrefix, points, duration });
}

const resetByEmail = limiter('reset-email', Number(process.env.RESET_MAX_PER_EMAIL ?? 3), 30 * 60);
const resetByIp = limiter('reset-ip', Number(process.env.RESET_MAX_PER_IP ?? 20), 30 * 60);
const mailByUser = limiter('account-mail-user', 5, 60 * 60);

async function take(l: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await l.consume(key);
    return true;
  } catch (error) {
    // consume() rejects with the limiter's state once the key is over its limit.
    if (error && typeof error === 'object' && 'msBeforeNext' in error) return false;
    throw error;
  }
}

/** 'ip' when this address asked too often (said so), 'email' when the e-mail did (kept silent). */
export async function takeResetAllowance(email: string, ip: string): Promise<'ok' | 'ip' | 'email'> {
  if (!(await take(resetByIp, ip))) return 'ip';
  if (!(await take(resetByEmail, email))) return 'email';
  return 'ok';
}

export async function takeAccountMailAllowance(userId: string): Promise<boolean> {
  return take(mailByUser, userId);
}
