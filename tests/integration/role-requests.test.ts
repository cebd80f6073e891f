import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { decideRoleRequest, requestRole } from '@/lib/role-requests/service';
import { listPendingRoleRequests } from '@/lib/role-requests/queries';
import { findSessionUser } from '@/lib/users/queries';
import { createUser } from '../factories';

async function pendingRequest(role: 'MENTOR' | 'INVESTOR' = 'MENTOR') {
  const member = await createUser();
  const r = await requestRole(member, { role, message: '十年硬件经验' });
  if (!r.ok) throw new Error(r.code);
  return { member, requestId: r.data.id };
}

describe('role requests', () => {
  it('grants the role when an operator approves', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { member, requestId } = await pendingRequest('MENTOR');
    const queue = await listPendingRoleRequests(operator, 500);
    expect(queue.some((q) => q.id === requestId)).toBe(true);

    const result = await decideRoleRequest(operator, { requestId, decision: 'APPROVE', reason: '' });
    expect(result).toMatchObject({ ok: true, data: { status: 'APPROVED', role: 'MENTOR' } });
    expect((await findSessionUser(member.id))?.roles).toEqual(['MENTOR']);
    expect(await db.auditLog.count({ where: { entityId: requestId, action: 'roleRequest.approve', actorId: operator.id } })).toBe(1);
  });

  it('keeps the reason and grants nothing when an operator rejects', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { member, requestId } = await pendingRequest('INVESTOR');
    expect(await decideRoleRequest(operator, { requestId, decision: 'REJECT', reason: '请补充投资经历' })).toMatchObject({ ok: true });
    const row = await db.roleRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect([row.status, row.decisionReason, row.decidedById]).toEqual(['REJECTED', '请补充投资经历', operator.id]);
    expect((await findSessionUser(member.id))?.roles).toEqual([]);
  });

  it('refuses a second pending request for the same role', async () => {
    const { member } = await pendingRequest('MENTOR');
    expect(await requestRole(member, { role: 'MENTOR', message: '' })).toMatchObject({ ok: false, code: 'ROLE_REQUEST_PENDING' });
    expect((await requestRole(member, { role: 'INVESTOR', message: '' })).ok).toBe(true);
  });

  it('decides a request only once, even when two operators press at the same moment', async () => {
    const [a, b] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const { requestId } = await pendingRequest();
    const results = await Promise.all([
      decideRoleRequest(a, { requestId, decision: 'APPROVE', reason: '' }),
      decideRoleRequest(b, { requestId, decision: 'REJECT', reason: 'no' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: 'STATE_CHANGED' }]);
  });

  it('refuses a member without the operator role', async () => {
    const { requestId } = await pendingRequest();
    for (const roles of [[], ['MENTOR'], ['ENTREPRENEUR', 'INVESTOR']] as const) {
      const actor = await createUser({ roles: [...roles] });
      await expect(decideRoleRequest(actor, { requestId, decision: 'APPROVE', reason: '' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.roleRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('PENDING');
  });
});

describe('nobody grants themselves a role', () => {
  it('refuses an operator approving their own request', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const r = await requestRole(operator, { role: 'INVESTOR', message: '' });
    if (!r.ok) throw new Error(r.code);
    expect(await decideRoleRequest(operator, { requestId: r.data.id, decision: 'APPROVE', reason: '' })).toMatchObject({
      ok: false,
      code: 'SELF_GRANT_FORBIDDEN',
    });
    expect((await findSessionUser(operator.id))?.roles).toEqual(['OPERATOR']);
  });

  it('refuses OPERATOR and ADMIN as requestable roles, down to the database', async () => {
    const member = await createUser();
    // The service's type and schema never allow it; the trigger refuses a forged row too.
    for (const role of ['OPERATOR', 'ADMIN'] as const) {
      await expect(db.roleRequest.create({ data: { userId: member.id, role } })).rejects.toThrow();
    }
    expect(await db.roleRequest.count({ where: { userId: member.id } })).toBe(0);
  });
});
