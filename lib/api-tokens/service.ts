import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { findSessionUser, type SessionUser } from '@/lib/users/queries';
import { fail, ok, type ActionResult } from '@/lib/result';

const TOKEN_PREFIX = 'zcs_';
const TOKEN_PATTERN = /^zcs_[A-Za-z0-9_-]{43}$/;
const MAX_ACTIVE_TOKENS = 20;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token; the plain secret is returned this once and never stored. */
export async function createApiToken(
  actor: Actor,
  input: { name: string },
): Promise<ActionResult<{ id: string; name: string; token: string }>> {
  assertCan(actor, 'apiToken:manage');
  const active = await db.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) return fail('TOO_MANY_TOKENS', 'tooManyTokens');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row = await db.apiToken.create({
    data: { userId: actor.id, name: input.name, tokenHash: digest(token), tokenPrefix: token.slice(0, 12) },
    select: { id: true, name: true },
  });
  return ok({ ...row, token });
}

export async function revokeApiToken(actor: Actor, input: { tokenId: string }): Promise<ActionResult> {
  assertCan(actor, 'apiToken:manage');
  const { count } = await db.apiToken.updateMany({
    where: { id: input.tokenId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1 ? ok() : fail('NOT_FOUND', 'tokenNotFound');
}

export type TokenAuth =
  | { ok: true; user: SessionUser }
  | { ok: false; code: 'UNAUTHENTICATED' | 'TOKEN_MALFORMED' | 'TOKEN_INVALID' };

/** Resolves `Authorization: Bearer zcs_…` to its user. */
export async function authenticateBearer(header: string | null): Promise<TokenAuth> {
  if (!header) return { ok: false, code: 'UNAUTHENTICATED' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !TOKEN_PATTERN.test(match[1])) return { ok: false, code: 'TOKEN_MALFORMED' };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: digest(match[1]) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return { ok: false, code: 'TOKEN_INVALID' };
  const user = await findSessionUser(row.userId);
  if (!user) return { ok: false, code: 'TOKEN_INVALID' };
  // At most one write a minute per token, not one per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { ok: true, user };
}
