import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { pageUrl, mailLocale, sendAccountMail } from './mail-service';
import { takeResetAllowance } from './rate-limit-service';
import { checkNewPassword, revokeAllSessions } from './sessions';
import { issueToken, peekToken, useToken } from './tokens';
import { markEmailVerified } from './verification-service';

/**
 * "Forgot password". The answer is the same whether or not the address has an account (and
 * when the address asked too often): only a flood from one IP is told to wait. The mail only
 * goes into the outbox here (one insert); the SMTP conversation happens later in the drainer,
 * so a known address costs no visible extra time either.
 */
export async function requestPasswordReset(input: { email: string; ip: string; now?: Date }): Promise<ActionResult> {
  const email = input.email.trim().toLowerCase();
  const allowance = await takeResetAllowance(email, input.ip);
  if (allowance === 'ip') return fail('RATE_LIMITED', 'resetRateLimited');
  if (allowance === 'email') return ok();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true } });
  if (!user) return ok();
  const locale = mailLocale(user.locale);
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, { kind: 'RESET_PASSWORD', userId: user.id, email: user.email, now: input.now });
    await sendAccountMail(
      { to: user.email, kind: 'resetPassword', locale, values: { name: user.name, minutes: '30' }, url: pageUrl(locale, `/reset-password?token=${token.secret}`), userId: user.id, dedupeKey: token.id },
      tx,
    );
  });
  return ok();
}

/** Whether a reset link can still be used (the page shows the form or "expired"). */
export async function canUseResetToken(secret: string, now = new Date()): Promise<boolean> {
  return !!(await peekToken(db, 'RESET_PASSWORD', secret, now));
}

/**
 * Sets the new password with a reset link: the link is used once (conditional update), every
 * other reset link of the member dies with it, and every session ends.
 */
export async function resetPassword(input: { token: string; password: string; now?: Date }): Promise<ActionResult> {
  const now = input.now ?? new Date();
  const pending = await peekToken(db, 'RESET_PASSWORD', input.token, now);
  if (!pending?.userId) return fail('TOKEN_INVALID', 'linkInvalid');
  const owner = await db.user.findUnique({ where: { id: pending.userId }, select: { name: true } });
  const weak = checkNewPassword(input.password, [pending.email, owner?.name ?? '']);
  if (weak) return fail('VALIDATION_FAILED', 'validation', { password: weak });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const token = await useToken(tx, 'RESET_PASSWORD', input.token, now);
    if (!token?.userId) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
    const user = await tx.user.findUnique({ where: { id: token.userId }, select: { email: true } });
    // The account's address changed since the link was sent: the link proves nothing now.
    if (!user || user.email !== token.email) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash }, select: { id: true } });
    await tx.accountToken.updateMany({ where: { userId: token.userId, kind: 'RESET_PASSWORD', usedAt: null }, data: { usedAt: now } });
    // Opening the link proved the address too.
    await markEmailVerified(tx, token.userId, token.email, now);
    await revokeAllSessions(tx, token.userId);
    return ok();
  });
}
