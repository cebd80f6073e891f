import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/service';
import { db } from '@/lib/db';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import { sourcesOf } from '@/lib/state-machine';
import { INVITATION_TRANSITIONS } from '@/lib/projects/policy';
import { ERASED, KEPT } from './legal';
import { revokeAllSessions } from './sessions';

export type DeletionReport = { erased: readonly (typeof ERASED)[number][]; kept: readonly (typeof KEPT)[number][] };

export const DELETED_NAME = '已注销用户';
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;
/** Not an Argon2 hash: no password verifies against it, so the account cannot sign in again. */
const NO_PASSWORD = '!account-deleted';

/**
 * Erases the person and keeps the records others rely on. The user row stays (pledges, booking
 * history, task work and points entries point to it) but names nobody: pledges and payouts are
 * money records kept for the retention periods of PRC accounting and e-commerce law, and
 * campaign totals and other members' ranks stay exactly as they were.
 */
export async function deleteAccount(actor: { id: string }, input: { password: string; now?: Date }): Promise<ActionResult<DeletionReport>> {
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true } });
  if (!user || user.passwordHash === NO_PASSWORD) return fail('NOT_FOUND', 'userNotFound');
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail('VALIDATION_FAILED', 'validation', { password: ['passwordWrong'] });

  return inTransaction(async (tx) => {
    const locked = await tx.$queryRaw<{ email: string }[]>`SELECT email FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    if (locked[0]?.email !== user.email) throw new Rollback(fail('STATE_CHANGED', 'accountChanged'));
    await tx.user.update({
      where: { id: user.id },
      data: { email: deletedEmail(user.id), name: DELETED_NAME, bio: '', skills: [], organization: '', passwordHash: NO_PASSWORD, hideFromLeaderboards: true },
      select: { id: true },
    });
    await tx.apiToken.deleteMany({ where: { userId: user.id } });
    await tx.accountToken.deleteMany({ where: { OR: [{ userId: user.id }, { email: user.email }] } });
    await tx.calendarFeed.deleteMany({ where: { userId: user.id } });
    await tx.verifiedEmail.deleteMany({ where: { userId: user.id } });
    await tx.consent.deleteMany({ where: { userId: user.id } });
    await tx.dataExport.deleteMany({ where: { userId: user.id } });
    await tx.notification.deleteMany({ where: { userId: user.id } });
    await tx.campaignWatch.deleteMany({ where: { userId: user.id } });
    await tx.projectFollow.deleteMany({ where: { userId: user.id } });
    await tx.mentorProfile.deleteMany({ where: { userId: user.id } });
    await tx.userRole.deleteMany({ where: { userId: user.id } });
    await tx.roleRequest.deleteMany({ where: { userId: user.id, status: 'PENDING' } });
    await tx.projectInvitation.updateMany({ where: { email: user.email, status: { in: sourcesOf(INVITATION_TRANSITIONS, 'CANCELLED') } }, data: { status: 'CANCELLED', respondedAt: now } });
    await revokeAllSessions(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: 'account.delete', entityType: 'User', entityId: user.id });
    return ok({ erased: ERASED, kept: KEPT });
  });
}

export function isDeletedAccount(user: { passwordHash: string }): boolean {
  return user.passwordHash === NO_PASSWORD;
}
