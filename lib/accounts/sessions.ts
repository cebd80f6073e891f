import 'server-only';
import type { Tx } from '@/lib/db';
import { passwordWeakness } from '@/lib/auth/password-strength';

/**
 * Ends every session of the member (password reset, account deletion): session cookies carry
 * the sessionVersion they were issued with, and one that no longer matches is refused.
 * Inside the caller's transaction, so the revocation and the change commit together.
 */
export async function revokeAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/** The platform's password-strength rule; `related` are the member's e-mail and name. */
export function checkNewPassword(password: string, related: string[]): string[] | null {
  const weakness = passwordWeakness(password, related);
  return weakness ? [weakness] : null;
}
