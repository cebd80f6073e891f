import 'server-only';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { pageUrl, mailLocale, sendAccountMail } from './mail-service';
import { takeAccountMailAllowance } from './rate-limit-service';
import { issueToken, useToken } from './tokens';
import { markEmailVerified } from './verification-service';

/**
 * A member asks to move their account to a new address: nothing changes until the link sent
 * to the new address is used, so a typo cannot lock anyone out.
 */
export async function requestEmailChange(actor: { id: string }, input: { email: string; password: string; now?: Date }): Promise<ActionResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, locale: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail('VALIDATION_FAILED', 'validation', { password: ['passwordWrong'] });
  if (input.email === user.email) return fail('VALIDATION_FAILED', 'validation', { email: ['emailUnchanged'] });
  if (await db.user.count({ where: { email: input.email } })) return fail('EMAIL_TAKEN', 'validation', { email: ['emailTaken'] });
  if (!(await takeAccountMailAllowance(user.id))) return fail('RATE_LIMITED', 'accountMailRateLimited');
  const locale = mailLocale(user.locale);
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, { kind: 'CHANGE_EMAIL', userId: user.id, email: input.email, now: input.now });
    await sendAccountMail(
      { to: input.email, kind: 'changeEmail', locale, values: { name: user.name }, url: pageUrl(locale, `/verify-email?change=1&token=${token.secret}`), userId: user.id, dedupeKey: token.id },
      tx,
    );
  });
  return ok();
}

/** Uses the link sent to the new address; the old address is told afterwards. */
export async function confirmEmailChange(secret: string, now = new Date()): Promise<ActionResult<{ email: string }>> {
  try {
    return await inTransaction(async (tx) => {
      const token = await useToken(tx, 'CHANGE_EMAIL', secret, now);
      if (!token?.userId) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
      const previous = await tx.user.findUnique({ where: { id: token.userId }, select: { email: true, name: true, locale: true } });
      if (!previous) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
      await tx.user.update({ where: { id: token.userId }, data: { email: token.email }, select: { id: true } });
      await markEmailVerified(tx, token.userId, token.email, now);
      // Links sent to the old address prove nothing about the new one.
      await tx.accountToken.updateMany({ where: { userId: token.userId, usedAt: null, kind: { in: ['VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'] } }, data: { usedAt: now } });
      // The old address is told, in the same transaction as the change.
      const old = mailLocale(previous.locale);
      await sendAccountMail(
        { to: previous.email, kind: 'emailChanged', locale: old, values: { name: previous.name, email: token.email }, url: pageUrl(old, '/sign-in'), userId: token.userId, dedupeKey: `changed:${token.id}` },
        tx,
      );
      return ok({ email: token.email });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('EMAIL_TAKEN', 'emailTakenNow');
    throw error;
  }
}
