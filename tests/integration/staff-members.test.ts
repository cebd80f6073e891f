import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/auth/permissions';
import { findMemberForStaff, listMembersForStaff } from '@/lib/staff-members/queries';
import { memberSearchSchema } from '@/lib/staff-members/schemas';
import { createCertification, grantCertification, revokeCertification } from '@/lib/bookings/service';
import { setRole } from '@/lib/users/service';
import { deleteAccount } from '@/lib/accounts/deletion-service';
import { createResource, createUser, TEST_PASSWORD } from '../factories';

const search = (params: Record<string, string> = {}) => memberSearchSchema.parse(params);

async function newCertification(operator: Awaited<ReturnType<typeof createUser>>) {
  const cert = await createCertification(operator, { name: `3D 打印 ${randomUUID().slice(0, 6)}`, description: '' });
  if (!cert.ok) throw new Error('certification refused');
  return cert.data.id;
}

describe('members for staff', () => {
  it('searches members and filters them by role and account status', async () => {
    const tag = randomUUID().slice(0, 8);
    const operator = await createUser({ roles: ['OPERATOR'] });
    const mentor = await createUser({ roles: ['MENTOR'], name: `导师 ${tag}` });
    const plain = await createUser({ name: `成员 ${tag}` });
    const unverified = await createUser({ name: `新人 ${tag}`, verified: false });
    const leaving = await createUser({ name: `离开 ${tag}` });
    expect((await deleteAccount(leaving, { password: TEST_PASSWORD })).ok).toBe(true);
    const emails = async (params: Record<string, string>) => (await listMembersForStaff(operator, search({ q: tag, ...params }))).items.map((m) => m.id).sort();

    expect(await emails({})).toEqual([mentor.id, plain.id, unverified.id].sort());
    expect(await emails({ role: 'MENTOR' })).toEqual([mentor.id]);
    expect(await emails({ role: 'NONE' })).toEqual([plain.id, unverified.id].sort());
    expect(await emails({ status: 'UNVERIFIED' })).toEqual([unverified.id]);
    expect(await emails({ status: 'ACTIVE' })).toEqual([mentor.id, plain.id].sort());
    // The anonymised account no longer carries the name, but its status finds it.
    const deleted = await listMembersForStaff(operator, search({ status: 'DELETED' }));
    expect(deleted.items.map((m) => m.id)).toContain(leaving.id);
    expect(deleted.items.every((m) => m.status === 'DELETED')).toBe(true);
    // A bad role or status is no filter.
    expect(await emails({ role: 'KING', status: 'x' })).toEqual([mentor.id, plain.id, unverified.id].sort());
  });

  it('refuses the list and a member page to a member who is not staff', async () => {
    const member = await createUser({ roles: ['ENTREPRENEUR', 'MENTOR'] });
    await expect(listMembersForStaff(member, search())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findMemberForStaff(member, member.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows a member's roles, certifications, bookings, no-shows and projects", async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser({ roles: ['ENTREPRENEUR'] });
    const certId = await newCertification(operator);
    await grantCertification(operator, { certificationId: certId, email: member.email });
    const room = await createResource();
    await db.booking.createMany({
      data: ['NO_SHOW', 'NO_SHOW', 'COMPLETED'].map((status, i) => ({
        resourceId: room.id, userId: member.id, status: status as 'NO_SHOW' | 'COMPLETED',
        startsAt: new Date(Date.UTC(2026, 0, 5 + i, 2)), endsAt: new Date(Date.UTC(2026, 0, 5 + i, 3)), blockedUntil: new Date(Date.UTC(2026, 0, 5 + i, 3)),
      })),
    });
    await db.project.create({ data: { name: `项目 ${randomUUID().slice(0, 6)}`, pitch: '一句话', members: { create: { userId: member.id, role: 'OWNER' } } } });
    const page = await findMemberForStaff(operator, member.id);
    expect(page).toMatchObject({ member: { id: member.id, roles: ['ENTREPRENEUR'], status: 'ACTIVE' }, noShows: 2, bookingCount: 3 });
    expect(page!.certifications.map((c) => c.certification.id)).toEqual([certId]);
    expect(page!.projects).toHaveLength(1);
    expect(await findMemberForStaff(operator, 'no-such-member')).toBeNull();
  });

  it('lets an operator grant and revoke a certification, each audited with before and after', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    const certId = await newCertification(operator);
    expect(await grantCertification(operator, { certificationId: certId, email: member.email })).toMatchObject({ ok: true });
    // Granting again changes nothing and writes nothing.
    expect(await grantCertification(operator, { certificationId: certId, email: member.email })).toMatchObject({ ok: true });
    expect(await revokeCertification(operator, { certificationId: certId, userId: member.id })).toMatchObject({ ok: true });
    expect(await revokeCertification(operator, { certificationId: certId, userId: member.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const entries = await db.auditLog.findMany({ where: { entityType: 'User', entityId: member.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['certification.grant', operator.id], ['certification.revoke', operator.id]]);
    expect(entries[0]).toMatchObject({ before: { certification: null }, after: { certificationId: certId } });
    expect(entries[1]).toMatchObject({ before: { certificationId: certId }, after: { certification: null } });
    expect(await db.userCertification.count({ where: { userId: member.id } })).toBe(0);
  });

  it('refuses certification changes to a member, and role changes to an operator, writing no audit entry', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const intruder = await createUser({ roles: ['ENTREPRENEUR', 'MENTOR', 'INVESTOR'] });
    const member = await createUser();
    const certId = await newCertification(operator);
    await expect(grantCertification(intruder, { certificationId: certId, email: member.email })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeCertification(intruder, { certificationId: certId, userId: member.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setRole(operator, { userId: member.id, role: 'OPERATOR', grant: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setRole(intruder, { userId: member.id, role: 'ADMIN', grant: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.userRole.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.userCertification.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: member.id } })).toBe(0);
  });

  it('lets an admin grant and revoke a role, each audited with the roles before and after', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const member = await createUser({ roles: ['ENTREPRENEUR'] });
    expect(await setRole(admin, { userId: member.id, role: 'OPERATOR', grant: true })).toMatchObject({ ok: true, data: { roles: ['ENTREPRENEUR', 'OPERATOR'] } });
    expect(await setRole(admin, { userId: member.id, role: 'OPERATOR', grant: false })).toMatchObject({ ok: true, data: { roles: ['ENTREPRENEUR'] } });
    const entries = await db.auditLog.findMany({ where: { entityId: member.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ['role.grant', admin.id, { roles: ['ENTREPRENEUR'] }, { roles: ['ENTREPRENEUR', 'OPERATOR'] }],
      ['role.revoke', admin.id, { roles: ['ENTREPRENEUR', 'OPERATOR'] }, { roles: ['ENTREPRENEUR'] }],
    ]);
    // An admin cannot change their own roles.
    expect(await setRole(admin, { userId: admin.id, role: 'OPERATOR', grant: true })).toMatchObject({ ok: false, code: 'SELF_GRANT_FORBIDDEN' });
  });
});
