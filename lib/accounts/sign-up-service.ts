import 'server-only';
import { db } from '@/lib/db';
import { inTransaction, Rollback } from '@/lib/transaction';
import { fail, ok } from '@/lib/result';
import { peekToken, useToken } from './tokens';
import { markEmailVerified, sendVerificationEmail } from './verification-service';

/**
 * Right after an account is created: a member who came from an invitation link to this very
 * address has proven it; everyone else gets a verification link.
 */
export async function welcomeNewAccount(user: { id: string; email: string }, invite?: string): Promise<{ verified: boolean }> {
  if (invite) {
    const used = await inTransaction(async (tx) => {
      const token = await useToken(tx, 'PROJECT_INVITE', invite);
      if (!token || token.email !== user.email) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
      await markEmailVerified(tx, user.id, user.email);
      return ok();
    });
    if (used.ok) return { verified: true };
  }
  await sendVerificationEmail(user.id, { skipRateLimit: true });
  return { verified: false };
}

/** The address an invitation link was sent to, to fill in the sign-up form. */
export async function findInvitedEmail(invite: string): Promise<string | null> {
  return (await peekToken(db, 'PROJECT_INVITE', invite))?.email ?? null;
}
