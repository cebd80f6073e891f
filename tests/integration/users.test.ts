import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate, setRole, signUp } from '@/lib/users/service';
import { listUsers } from '@/lib/users/queries';
import { signUpSchema } from '@/lib/users/schemas';
import { ForbiddenError } from '@/lib/auth/permissions';
import { createUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from '../factories';

const input = (over: Record<string, unknown> = {}) =>
  signUpSchema.parse({ email: uniqueEmail(), name: '林雨桐', password: 'a-good-password', ...over });

describe('sign-up', () => {
  it('creates an entrepreneur with a hashed password', async () => {
    const result = await signUp(input({ intent: 'ENTREPRENEUR' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, include: { roles: true } });
    expect(row.roles.map((r) => r.role)).toEqual(['ENTREPRENEUR']);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('a-good-password');
  });

  it('turns a mentor sign-up into a pending request and grants nothing yet', async () => {
    const result = await signUp(input({ intent: 'MENTOR' }));
    if (!result.ok) throw new Error('sign-up failed');
    const row = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, include: { roles: true, roleRequests: true } });
    expect(row.roles).toEqual([]);
    expect(row.roleRequests.map((r) => [r.role, r.status])).toEqual([['MENTOR', 'PENDING']]);
  });

  it('refuses a duplicate e-mail, whatever its case, and writes nothing', async () => {
    const email = uniqueEmail();
    expect((await signUp(input({ email }))).ok).toBe(true);
    const again = await signUp(input({ email: email.toUpperCase() }));
    expect(again).toMatchObject({ ok: false, code: 'EMAIL_TAKEN', fieldErrors: { email: ['emailTaken'] } });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('keeps the e-mail lower-cased even for a direct SQL insert', async () => {
    await expect(
      db.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('raw-upper', 'UPPER@x.cn', 'x', 'x', now())`,
    ).rejects.toThrow();
  });
});

describe('sign-in', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
    expect(await authenticate({ email: user.email, password: 'wrong-password', ip: uniqueIp() })).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
  });

  it('treats an unknown e-mail like a wrong password', async () => {
    expect(await authenticate({ email: uniqueEmail(), password: 'whatever-1234', ip: uniqueIp() })).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
  });

  it('blocks an e-mail after 5 failures, even with the right password, and says for how long', async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      expect((await authenticate({ email: user.email, password: 'nope-nope-nope', ip: uniqueIp() })).ok).toBe(false);
    }
    const blocked = await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() });
    expect(blocked).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    if (blocked.ok || blocked.code !== 'RATE_LIMITED') return;
    expect(blocked.retryAfterMs).toBeGreaterThan(10 * 60_000);
    expect(blocked.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
  });

  it('blocks one IP that sprays many e-mails', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 30; i++) await authenticate({ email: uniqueEmail(), password: 'nope-nope-nope', ip });
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: 'nope-nope-nope', ip: uniqueIp() });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).ok).toBe(true);
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: 'nope-nope-nope', ip: uniqueIp() });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });
});

describe('granting roles', () => {
  it('lets an admin grant and revoke OPERATOR, with an audit entry for each', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const member = await createUser();
    expect(await setRole(admin, { userId: member.id, role: 'OPERATOR', grant: true })).toEqual({ ok: true, data: { roles: ['OPERATOR'] } });
    expect(await setRole(admin, { userId: member.id, role: 'OPERATOR', grant: false })).toEqual({ ok: true, data: { roles: [] } });
    const audit = await db.auditLog.findMany({ where: { entityId: member.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['role.grant', admin.id],
      ['role.revoke', admin.id],
    ]);
    expect(audit[0].before).toEqual({ roles: [] });
    expect(audit[0].after).toEqual({ roles: ['OPERATOR'] });
  });

  it('refuses an operator or an entrepreneur who tries to grant a role', async () => {
    const member = await createUser();
    for (const roles of [['OPERATOR'], ['ENTREPRENEUR'], []] as const) {
      const actor = await createUser({ roles: [...roles] });
      await expect(setRole(actor, { userId: member.id, role: 'OPERATOR', grant: true })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.userRole.count({ where: { userId: member.id } })).toBe(0);
  });

  it('refuses an admin changing their own roles', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    expect(await setRole(admin, { userId: admin.id, role: 'OPERATOR', grant: true })).toMatchObject({ ok: false, code: 'SELF_GRANT_FORBIDDEN' });
  });
});

describe('users table', () => {
  it('searches by name and pages without repeats', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const tag = `欧阳${Date.now()}`;
    for (let i = 0; i < 5; i++) await createUser({ name: `${tag}-${i}` });
    const first = await listUsers(admin, { q: tag, limit: 2 });
    const second = await listUsers(admin, { q: tag, limit: 2, cursor: first.nextCursor! });
    const third = await listUsers(admin, { q: tag, limit: 2, cursor: second.nextCursor! });
    const names = [...first.items, ...second.items, ...third.items].map((u) => u.name);
    expect(new Set(names).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });

  it('is not readable by a non-admin', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    await expect(listUsers(operator, { limit: 10 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
