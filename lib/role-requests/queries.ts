import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';

/** The operator's queue, oldest first. */
export async function listPendingRoleRequests(actor: Actor, limit = 50) {
  assertCan(actor, 'roleRequest:review');
  return db.roleRequest.findMany({
    where: { status: 'PENDING' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: {
      id: true,
      role: true,
      message: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, organization: true } },
    },
  });
}

/** A member's own requests, newest first. */
export async function listMyRoleRequests(actor: Actor) {
  return db.roleRequest.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, role: true, status: true, message: true, decisionReason: true, createdAt: true, decidedAt: true },
  });
}
