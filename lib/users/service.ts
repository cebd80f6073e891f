import 'server-only';
import { db } from '@/lib/db';
import { hashPassword, timingDummyHash, verifyPassword } from '@/lib/auth/password';
import { clearSignInFailures, recordSignInFailure, signInBlockedForMs } from '@/lib/auth/rate-limit-service';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { Role } from '@/lib/generated/prisma/enums';
import type { ChangePasswordInput, ProfileInput, SignUpInput } from './schemas';
import type { SignUpConsentInput } from '@/lib/accounts/schemas';
import { signUpConsentRows } from '@/lib/accounts/consents-service';
import { welcomeNewAccount } from '@/lib/accounts/sign-up-service';

export type SignedUpUser = { id: string; email: string; name: string; roles: Role[]; pendingRole: Role | null };

/**
 * Creates the account. The intent decides the start: ENTREPRENEUR is granted at once, MEMBER
 * gets no role, MENTOR and INVESTOR become a pending role request for an operator. Nothing in
 * the input can grant OPERATOR or ADMIN: the schema knows no such intent.
 */
export async function signUp(input: SignUpInput & Partial<SignUpConsentInput>): Promise<ActionResult<SignedUpUser>> {
  const passwordHash = await hashPassword(input.password);
  const roles: Role[] = input.intent === 'ENTREPRENEUR' ? ['ENTREPRENEUR'] : [];
  const pendingRole: Role | null = input.intent === 'MENTOR' || input.intent === 'INVESTOR' ? input.intent : null;
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        roles: { create: roles.map((role) => ({ role })) },
        // The sign-up form's consents, with their time and version; the public listings are opt-in.
        ...(input.terms ? { hideFromLeaderboards: !input.leaderboard, consents: { create: signUpConsentRows(input) } } : {}),
        ...(pendingRole ? { roleRequests: { create: { role: pendingRole } } } : {}),
      },
      select: { id: true, email: true, name: true },
    });
    await welcomeNewAccount(user, input.invite);
    return ok({ ...user, roles, pendingRole });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) {
      return fail('EMAIL_TAKEN', 'emailTaken', { email: ['emailTaken'] });
    }
    throw error;
  }
}

export type AuthOutcome =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; code: 'INVALID_CREDENTIALS' }
  | { ok: false; code: 'RATE_LIMITED'; retryAfterMs: number };

/** Checks a password, counting failures per e-mail and per IP in PostgreSQL. */
export async function authenticate(input: { email: string; password: string; ip: string }): Promise<AuthOutcome> {
  const email = input.email.trim().toLowerCase();
  const blockedMs = await signInBlockedForMs(email, input.ip);
  if (blockedMs > 0) return { ok: false, code: 'RATE_LIMITED', retryAfterMs: blockedMs };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
  if (!user || !valid) {
    await recordSignInFailure(email, input.ip);
    return { ok: false, code: 'INVALID_CREDENTIALS' };
  }
  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/**
 * Ends every session of a member on every instance: cookies carry the sessionVersion they were
 * issued with, and lib/auth/auth.ts refuses one that no longer matches the database.
 * With `onlyIf`, only a cookie that is still valid may do it (a sign-out with an already
 * revoked cookie must not sign the member out again elsewhere).
 */
export async function revokeSessions(userId: string, onlyIf?: { sessionVersion: number }): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, ...(onlyIf ? { sessionVersion: onlyIf.sessionVersion } : {}) },
    data: { sessionVersion: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Checks the current password, stores the new one and ends every session, in one conditional
 * update: two changes racing from two devices cannot both win with the same old password.
 * Strength is checked by the caller's schema (changePasswordServerSchema).
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<ActionResult> {
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!row) return fail('NOT_FOUND', 'userNotFound');
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return fail('INVALID_CREDENTIALS', 'validation', { currentPassword: ['currentPasswordWrong'] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const { count } = await db.user.updateMany({
    where: { id: actor.id, passwordHash: row.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0) return fail('STATE_CHANGED', 'passwordChangedElsewhere');
  return ok();
}

export type CreatedAdmin = { id: string; email: string };

/**
 * The first administrator of a production install (`npm run admin:create`). Refuses while an
 * ADMIN exists unless `force`; with `force` an existing account of that e-mail gets the new
 * password and the ADMIN role, and its sessions end. Input comes through adminCreateSchema.
 */
export async function createAdmin(input: { email: string; name: string; password: string }, opts: { force?: boolean } = {}): Promise<ActionResult<CreatedAdmin>> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    // Two commands run at once must not both see "no admin yet".
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('admin:create', 0))`;
    if (!opts.force && (await tx.userRole.count({ where: { role: 'ADMIN' } })) > 0) throw new Rollback(fail('ADMIN_EXISTS', 'adminExists'));
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name, passwordHash },
      update: { name: input.name, passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await tx.userRole.createMany({
      data: (['ADMIN', 'OPERATOR'] as const).map((role) => ({ userId: user.id, role })),
      skipDuplicates: true,
    });
    // Nobody is signed in at the console: the account is recorded as its own creator.
    await recordAudit(tx, { actorId: user.id, action: 'admin.create', entityType: 'User', entityId: user.id, after: { roles: ['ADMIN', 'OPERATOR'] } });
    return ok(user);
  });
}

export async function updateProfile(actor: Actor, input: ProfileInput): Promise<ActionResult> {
  assertCan(actor, 'profile:edit');
  await db.user.update({ where: { id: actor.id }, data: input });
  return ok();
}

/**
 * An ADMIN grants or revokes a role of another member. Admins cannot change their own roles
 * (nobody grants themselves anything, and an admin cannot lock the platform out by accident).
 */
export async function setRole(
  actor: Actor,
  input: { userId: string; role: Role; grant: boolean },
): Promise<ActionResult<{ roles: Role[] }>> {
  assertCan(actor, 'role:grant');
  if (input.userId === actor.id) return fail('SELF_GRANT_FORBIDDEN', 'selfGrantForbidden');

  return inTransaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, roles: { select: { role: true } } } });
    if (!target) throw new Rollback(fail('NOT_FOUND', 'userNotFound'));
    const before = target.roles.map((r) => r.role);
    if (input.grant) {
      await tx.userRole.createMany({ data: [{ userId: target.id, role: input.role, grantedById: actor.id }], skipDuplicates: true });
    } else {
      await tx.userRole.deleteMany({ where: { userId: target.id, role: input.role } });
    }
    const after = (await tx.userRole.findMany({ where: { userId: target.id }, select: { role: true } })).map((r) => r.role);
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.grant ? 'role.grant' : 'role.revoke',
      entityType: 'User',
      entityId: target.id,
      before: { roles: before },
      after: { roles: after },
    });
    return ok({ roles: after });
  });
}
