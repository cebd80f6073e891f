import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { can, ForbiddenError } from '@/lib/auth/permissions';
import { listAuditEntries, listAuditEntityTypes } from '@/lib/audit/queries';
import { auditSearchSchema } from '@/lib/audit/schemas';
import { addClosure, addMaintenance, createCertification, deleteClosure, deleteMaintenance } from '@/lib/bookings/service';
import { setRole } from '@/lib/users/service';
import { createResource, createUser } from '../factories';

const search = (params: Record<string, string> = {}) => auditSearchSchema.parse(params);

/** An entry written straight into the table (INSERT is the one thing the log allows). */
async function insertEntry(actorId: string, entityType: string, createdAt: string) {
  const id = `audit-test-${randomUUID()}`;
  await db.$executeRaw`INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "createdAt") VALUES (${id}, ${actorId}, 'test.entry', ${entityType}, ${randomUUID()}, ${new Date(createdAt)})`;
  return id;
}

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in PostgreSQL and keeps the entry as written', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const id = await insertEntry(admin.id, 'User', '2026-05-01T02:00:00Z');
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'forged' WHERE "id" = $1`, id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorId" = NULL WHERE "id" = $1`, id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = $1`, id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { id } })).rejects.toThrow();
    const row = await db.auditLog.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ action: 'test.entry', actorId: admin.id });
  });

  it('filters by actor, object type and local date, newest first, with a cursor', async () => {
    const tag = randomUUID().slice(0, 8);
    const alice = await createUser({ roles: ['ADMIN'], name: `审计甲 ${tag}` });
    const bob = await createUser({ roles: ['ADMIN'], name: `审计乙 ${tag}` });
    // 2026-05-01 23:30 UTC is already 2026-05-02 in Shanghai.
    const a1 = await insertEntry(alice.id, 'Booking', '2026-05-01T03:00:00Z');
    const a2 = await insertEntry(alice.id, 'Booking', '2026-05-01T23:30:00Z');
    const a3 = await insertEntry(alice.id, 'Event', '2026-05-03T03:00:00Z');
    const b1 = await insertEntry(bob.id, 'Booking', '2026-05-02T03:00:00Z');
    const ids = async (params: Record<string, string>) => (await listAuditEntries(alice, search(params))).items.map((e) => e.id);

    expect(await ids({ actor: `审计甲 ${tag}` })).toEqual([a3, a2, a1]);
    expect(await ids({ actor: alice.email.toUpperCase() })).toEqual([a3, a2, a1]);
    expect(await ids({ actor: tag, type: 'Booking' })).toEqual([b1, a2, a1]);
    expect(await ids({ actor: tag, from: '2026-05-02', to: '2026-05-02' })).toEqual([b1, a2]);
    expect(await ids({ actor: tag, to: '2026-05-01' })).toEqual([a1]);
    // A bad date is no filter, not an error.
    expect(await ids({ actor: `审计甲 ${tag}`, from: 'soon', to: '2026-13-45' })).toEqual([a3, a2, a1]);

    const first = await listAuditEntries(alice, search({ actor: tag, limit: '3' }));
    expect(first.items.map((e) => e.id)).toEqual([a3, b1, a2]);
    expect(first.nextCursor).toBe(a2);
    const second = await listAuditEntries(alice, search({ actor: tag, limit: '3', cursor: first.nextCursor! }));
    expect(second.items.map((e) => e.id)).toEqual([a1]);
    expect(second.nextCursor).toBeNull();
    expect(await listAuditEntityTypes(alice)).toEqual(expect.arrayContaining(['Booking', 'Event']));
  });

  it('filters by action code, an unknown code matching nothing', async () => {
    const tag = randomUUID().slice(0, 8);
    const admin = await createUser({ roles: ['ADMIN'], name: `审计丙 ${tag}` });
    const entry = await insertEntry(admin.id, 'Booking', '2026-05-01T03:00:00Z');
    const ids = async (params: Record<string, string>) => (await listAuditEntries(admin, search({ actor: tag, ...params }))).items.map((e) => e.id);
    expect(await ids({ action: 'test.entry' })).toEqual([entry]);
    expect(await ids({ action: 'booking.approve' })).toEqual([]);
    expect(await ids({ action: '' })).toEqual([entry]);
  });

  it('is for admins only: an operator or a member is refused (the page answers 404)', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const member = await createUser();
    for (const actor of [operator, member]) {
      expect(can(actor, 'audit:list')).toBe(false);
      await expect(listAuditEntries(actor, search())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditEntityTypes(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(new ForbiddenError('audit:list').digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('records maintenance, closures and new certifications with their before and after', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const room = await createResource();
    const block = await addMaintenance(operator, { resourceId: room.id, startsAtLocal: '2030-02-01T09:00', endsAtLocal: '2030-02-01T11:00', reason: '更换滤网' });
    if (!block.ok) throw new Error('maintenance refused');
    expect((await deleteMaintenance(operator, { blockId: block.data.id })).ok).toBe(true);
    expect((await deleteMaintenance(operator, { blockId: block.data.id })).ok).toBe(false);
    const maintenance = await db.auditLog.findMany({ where: { entityId: room.id, actorId: operator.id }, orderBy: { createdAt: 'asc' } });
    expect(maintenance.map((e) => e.action)).toEqual(['maintenance.create', 'maintenance.delete']);
    expect(maintenance[0].after).toMatchObject({ blockId: block.data.id, reason: '更换滤网', startsAt: '2030-02-01T01:00:00.000Z' });
    expect(maintenance[1].before).toMatchObject({ blockId: block.data.id, reason: '更换滤网' });

    const closure = await addClosure(operator, { spaceId: room.spaceId, startDate: '2030-02-10', endDate: '2030-02-12', reason: '春节' });
    if (!closure.ok) throw new Error('closure refused');
    await deleteClosure(operator, { closureId: closure.data.id });
    const closures = await db.auditLog.findMany({ where: { entityId: room.spaceId, action: { startsWith: 'space.closure' } }, orderBy: { createdAt: 'asc' } });
    expect(closures.map((e) => [e.action, e.actorId])).toEqual([['space.closure.create', operator.id], ['space.closure.delete', operator.id]]);
    expect(closures[1].before).toMatchObject({ startDate: '2030-02-10', endDate: '2030-02-12', reason: '春节' });

    const cert = await createCertification(operator, { name: `激光切割 ${randomUUID().slice(0, 6)}`, description: '' });
    if (!cert.ok) throw new Error('certification refused');
    expect(await db.auditLog.count({ where: { entityId: cert.data.id, action: 'certification.create', actorId: operator.id } })).toBe(1);
  });

  it('writes an entry for a role an admin grants, shown on the page with before and after', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const member = await createUser();
    expect((await setRole(admin, { userId: member.id, role: 'MENTOR', grant: true })).ok).toBe(true);
    const page = await listAuditEntries(admin, search({ type: 'User', object: member.id }));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ action: 'role.grant', actor: { id: admin.id }, before: { roles: [] }, after: { roles: ['MENTOR'] } });
  });
});
