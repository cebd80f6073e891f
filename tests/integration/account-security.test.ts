import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { authenticate, changePassword, createAdmin, revokeSessions } from '@/lib/users/service';
import { findSessionVersion } from '@/lib/users/queries';
import { adminCreateSchema, changePasswordServerSchema, signUpServerSchema } from '@/lib/users/server-schemas';
import { signUpSchema } from '@/lib/users/schemas';
import { createUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from '../factories';

const signUpInput = (password: string, over: Record<string, unknown> = {}) => ({ email: uniqueEmail(), name: '林雨桐', password, ...over });

function passwordErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field = 'password') {
  return result.error?.issues.filter((i) => i.path.join('.') === field).map((i) => i.message) ?? [];
}

describe('password strength', () => {
  it('refuses ten repeated letters at sign-up and says why', () => {
    expect(passwordErrors(signUpServerSchema.safeParse(signUpInput('aaaaaaaaaa')))).toEqual(['passwordRepeat']);
  });

  it('refuses common passwords, keyboard runs and sequences, each with its reason', () => {
    expect(passwordErrors(signUpServerSchema.safeParse(signUpInput('password123')))).toEqual(['passwordCommon']);
    expect(passwordErrors(signUpServerSchema.safeParse(signUpInput('qwertyuiop')))).toEqual(['passwordCommon']);
    expect(passwordErrors(signUpServerSchema.safeParse(signUpInput('abcdefghijkl')))).toEqual(['passwordSequence']);
  });

  it("refuses a password made of the member's own e-mail", () => {
    const result = signUpServerSchema.safeParse(signUpInput('xiaoming.chen', { email: 'xiaoming.chen@tongji.edu.cn' }));
    expect(passwordErrors(result)).toHaveLength(1);
  });

  it('accepts a long unusual password and the demo password', () => {
    expect(signUpServerSchema.safeParse(signUpInput('tongji-maker-42-lantern')).success).toBe(true);
    expect(signUpServerSchema.safeParse(signUpInput('zhongchuang2026')).success).toBe(true);
  });

  it('keeps the browser schema free of the strength check, so the weak password reaches the server', () => {
    expect(signUpSchema.safeParse(signUpInput('aaaaaaaaaa')).success).toBe(true);
  });

  it('refuses a weak first administrator', () => {
    expect(passwordErrors(adminCreateSchema.safeParse({ email: uniqueEmail(), name: '管理员', password: 'aaaaaaaaaa' }))).toEqual(['passwordRepeat']);
  });
});

describe('password change', () => {
  it('needs the current password and explains a wrong one next to its field', async () => {
    const user = await createUser();
    const result = await changePassword(user, { currentPassword: 'not-my-password', newPassword: 'lantern-harbour-77' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['currentPasswordWrong'] } });
    expect(await findSessionVersion(user.id)).toBe(0);
  });

  it('refuses a weak or unchanged new password in the server schema', () => {
    const schema = changePasswordServerSchema(['someone@test.zcs.cn', '测试用户']);
    expect(passwordErrors(schema.safeParse({ currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaa' }), 'newPassword')).toEqual(['passwordRepeat']);
    expect(passwordErrors(schema.safeParse({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), 'newPassword')).toEqual(['passwordUnchanged']);
  });

  it('stores the new password and ends every session', async () => {
    const user = await createUser();
    const result = await changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: 'lantern-harbour-77' });
    expect(result.ok).toBe(true);
    expect(await findSessionVersion(user.id)).toBe(1);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: false });
    expect(await authenticate({ email: user.email, password: 'lantern-harbour-77', ip: uniqueIp() })).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
  });

  it('lets exactly one of ten simultaneous changes with the same old password win', async () => {
    const user = await createUser();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: `lantern-harbour-${i}x` })));
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(row.passwordHash, `lantern-harbour-${winners[0]}x`)).toBe(true);
    expect(row.sessionVersion).toBe(1);
  });
});

describe('session revocation', () => {
  it('raises the version only for a cookie that is still current', async () => {
    const user = await createUser();
    expect(await revokeSessions(user.id, { sessionVersion: 0 })).toBe(true);
    // A copied cookie from before cannot sign the member out again elsewhere.
    expect(await revokeSessions(user.id, { sessionVersion: 0 })).toBe(false);
    expect(await findSessionVersion(user.id)).toBe(1);
    expect(await revokeSessions(user.id)).toBe(true);
    expect(await findSessionVersion(user.id)).toBe(2);
  });
});

describe('sign-in limit keys', () => {
  it('limits an e-mail of the longest allowed length like any other', async () => {
    const email = `${'l'.repeat(64)}@${'m'.repeat(120)}.${'n'.repeat(60)}.cn`;
    expect(email.length).toBeGreaterThan(240);
    for (let i = 0; i < 5; i++) await authenticate({ email, password: 'nope-nope-nope', ip: uniqueIp() });
    expect(await authenticate({ email, password: 'nope-nope-nope', ip: uniqueIp() })).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('limits an address of any length', async () => {
    const ip = `junk-${'x'.repeat(400)}-${uniqueIp()}`;
    for (let i = 0; i < 30; i++) await authenticate({ email: uniqueEmail(), password: 'nope-nope-nope', ip });
    expect(await authenticate({ email: uniqueEmail(), password: 'nope-nope-nope', ip })).toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('first administrator', () => {
  // One database per worker: the admin count is shared with other tests of this file only.
  it('creates an admin once, refuses a second without --force, and accepts it with --force', async () => {
    await db.userRole.deleteMany({ where: { role: 'ADMIN' } });
    const first = await createAdmin({ email: uniqueEmail('admin'), name: '王建国', password: 'lantern-harbour-77' });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const roles = await db.userRole.findMany({ where: { userId: first.data.id }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(['ADMIN', 'OPERATOR']);
    expect(await authenticate({ email: first.data.email, password: 'lantern-harbour-77', ip: uniqueIp() })).toMatchObject({ ok: true });

    expect(await createAdmin({ email: uniqueEmail('admin'), name: '李娜', password: 'lantern-harbour-77' })).toMatchObject({ ok: false, code: 'ADMIN_EXISTS' });
    expect((await createAdmin({ email: uniqueEmail('admin'), name: '李娜', password: 'lantern-harbour-77' }, { force: true })).ok).toBe(true);
  });

  it('lets one of five simultaneous first-admin commands win', async () => {
    await db.userRole.deleteMany({ where: { role: 'ADMIN' } });
    const results = await Promise.all(Array.from({ length: 5 }, () => createAdmin({ email: uniqueEmail('admin'), name: '管理员', password: 'lantern-harbour-77' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.userRole.count({ where: { role: 'ADMIN' } })).toBe(1);
  });
});

