import 'server-only';
import { db, type Tx } from '@/lib/db';
import { fail, ok, type ActionResult, type Failure } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { pageUrl, mailLocale, sendAccountMail } from './mail-service';
import { takeAccountMailAllowance } from './rate-limit-service';
import { issueToken, useToken } from './tokens';

export async function isEmailVerified(userId: string, tx: Tx = db): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, verifiedEmail: { select: { email: true } } } });
  return !!user && user.verifiedEmail?.email === user.email;
}

/**
 * The guard of actions that speak for a person to others (pledging money, joining a team,
 * posting work): the account's e-mail must be proven first. Null when verified.
 */
export async function requireVerifiedEmail(actor: { id: string }, tx: Tx = db): Promise<Failure | null> {
  return (await isEmailVerified(actor.id, tx)) ? null : fail('EMAIL_UNVERIFIED', 'emailUnverified');
}

export async function markEmailVerified(tx: Tx, userId: string, email: string, now = new Date()): Promise<void> {
  await tx.verifiedEmail.upsert({ where: { userId }, create: { userId, email, verifiedAt: now }, update: { email, verifiedAt: now } });
}

/** Sends (again) the verification link to the member's current address. */
export async function sendVerificationEmail(userId: string, opts: { now?: Date; skipRateLimit?: boolean } = {}): Promise<ActionResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true, verifiedEmail: { select: { email: true } } } });
  if (!user) return fail('NOT_FOUND', 'userNotFound');
  if (user.verifiedEmail?.email === user.email) return fail('ALREADY_VERIFIED', 'emailAlreadyVerified');
  if (!opts.skipRateLimit && !(await takeAccountMailAllowance(user.id))) return fail('RATE_LIMITED', 'accountMailRateLimited');
  const locale = mailLocale(user.locale);
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, { kind: 'VERIFY_EMAIL', userId: user.id, email: user.email, now: opts.now });
    await sendAccountMail(
      { to: user.email, kind: 'verifyEmail', locale, values: { name: user.name }, url: pageUrl(locale, `/verify-email?token=${token.secret}`), userId: user.id, dedupeKey: token.id },
      tx,
    );
  });
  return ok();
}

/** Uses a verification link: the address is proven if it is still the account's address. */
export async function verifyEmail(secret: string, now = new Date()): Promise<ActionResult<{ email: string }>> {
  return inTransaction(async (tx) => {
    const token = await useToken(tx, 'VERIFY_EMAIL', secret, now);
    if (!token?.userId) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
    const user = await tx.user.findUnique({ where: { id: token.userId }, select: { email: true } });
    if (!user || user.email !== token.email) throw new Rollback(fail('TOKEN_INVALID', 'linkInvalid'));
    await markEmailVerified(tx, token.userId, token.email, now);
    return ok({ email: token.email });
  });
}
