import 'server-only';
import { decideEach, type BulkOutcome } from '@/lib/console/bulk';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/service';
import { isUniqueViolation } from '@/lib/prisma-errors';
import { fail, ok, type ActionResult } from '@/lib/result';
import { inTransaction, Rollback } from '@/lib/transaction';
import type { Role } from '@/lib/generated/prisma/enums';
import { sourcesOf } from '@/lib/state-machine';
import { ROLE_REQUEST_TRANSITIONS } from './policy';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';

export async function requestRole(
  actor: Actor,
  input: { role: 'MENTOR' | 'INVESTOR'; message: string },
): Promise<ActionResult<{ id: string }>> {
  assertCan(actor, 'roleRequest:create');
  if (actor.roles.includes(input.role)) return fail('ROLE_ALREADY_HELD', 'roleAlreadyHeld');
  try {
    const request = await db.$transaction(async (tx) => {
      const created = await tx.roleRequest.create({
        data: { userId: actor.id, role: input.role, message: input.message },
        select: { id: true, user: { select: { name: true } } },
      });
      await notify(tx, { kind: 'queueRoleRequest', recipients: await membersWith(tx, 'roleRequest:review'), subject: { type: 'roleRequest', id: created.id }, data: { name: created.user.name, role: input.role }, link: '/dashboard' });
      return { id: created.id };
    });
    return ok(request);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('ROLE_REQUEST_PENDING', 'roleRequestPending');
    throw error;
  }
}

/**
 * An operator approves or rejects. The conditional update on status = PENDING makes a second
 * decision (another operator, a stale page) a clean conflict instead of a double grant.
 */
export async function decideRoleRequest(
  actor: Actor,
  input: { requestId: string; decision: 'APPROVE' | 'REJECT'; reason: string },
): Promise<ActionResult<{ status: 'APPROVED' | 'REJECTED'; role: Role; userId: string }>> {
  assertCan(actor, 'roleRequest:review');
  return inTransaction(async (tx) => {
    const request = await tx.roleRequest.findUnique({ where: { id: input.requestId } });
    if (!request) throw new Rollback(fail('NOT_FOUND', 'roleRequestNotFound'));
    if (request.userId === actor.id) throw new Rollback(fail('SELF_GRANT_FORBIDDEN', 'selfGrantForbidden'));

    const status = input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
    const { count } = await tx.roleRequest.updateMany({
      where: { id: request.id, status: { in: sourcesOf(ROLE_REQUEST_TRANSITIONS, status) } },
      data: { status, decisionReason: input.reason || null, decidedById: actor.id, decidedAt: new Date() },
    });
    if (count === 0) throw new Rollback(fail('STATE_CHANGED', 'roleRequestAlreadyDecided'));

    if (status === 'APPROVED') {
      await tx.userRole.createMany({
        data: [{ userId: request.userId, role: request.role, grantedById: actor.id }],
        skipDuplicates: true,
      });
    }
    await notify(tx, { kind: 'roleRequestDecided', recipients: [request.userId], subject: { type: 'roleRequest', id: request.id }, data: { role: request.role, decision: status, reason: input.reason }, link: '/dashboard' });
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === 'APPROVED' ? 'roleRequest.approve' : 'roleRequest.reject',
      entityType: 'RoleRequest',
      entityId: request.id,
      before: { status: request.status },
      after: { status, reason: input.reason },
    });
    return ok({ status, role: request.role, userId: request.userId });
  });
}

/** Many requests decided with one reason; each through decideRoleRequest, reported one by one. */
export async function decideRoleRequests(actor: Actor, input: { requestIds: readonly string[]; decision: 'APPROVE' | 'REJECT'; reason: string }): Promise<ActionResult<BulkOutcome>> {
  assertCan(actor, 'roleRequest:review');
  return ok(await decideEach(input.requestIds, (requestId) => decideRoleRequest(actor, { requestId, decision: input.decision, reason: input.reason })));
}
