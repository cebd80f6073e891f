import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/db';
import type { AccountTokenKind } from '@/lib/generated/prisma/enums';
import { TOKEN_TTL_MS } from './legal';

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A fresh link secret (256 bits, URL-safe); only its hash is stored. */
export async function issueToken(
  tx: Tx,
  input: { kind: AccountTokenKind; userId: string | null; email: string; invitationId?: string; now?: Date },
): Promise<{ id: string; secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const now = input.now ?? new Date();
  const row = await tx.accountToken.create({
    data: {
      kind: input.kind,
      userId: input.userId,
      email: input.email,
      tokenHash: hashToken(secret),
      invitationId: input.invitationId ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.kind]),
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: row.id, secret };
}

export type UsedToken = { id: string; userId: string | null; email: string; invitationId: string | null };

/**
 * Uses a link once: the conditional update lets exactly one of any number of concurrent
 * uses win; an unknown, used or expired secret gives null.
 */
export async function useToken(tx: Tx, kind: AccountTokenKind, secret: string, now = new Date()): Promise<UsedToken | null> {
  if (!secret || secret.length > 100) return null;
  const tokenHash = hashToken(secret);
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  return tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, userId: true, email: true, invitationId: true } });
}

/** Reads a link without using it (to show the right form); null when it cannot be used. */
export async function peekToken(tx: Tx, kind: AccountTokenKind, secret: string, now = new Date()): Promise<UsedToken | null> {
  if (!secret || secret.length > 100) return null;
  return tx.accountToken.findFirst({
    where: { tokenHash: hashToken(secret), kind, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, email: true, invitationId: true },
  });
}
