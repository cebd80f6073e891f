import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { hashToken } from '@/lib/accounts/tokens';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset-service';
import { sendVerificationEmail, verifyEmail, isEmailVerified } from '@/lib/accounts/verification-service';
import { findSessionUser, isSessionEmailVerified } from '@/lib/users/queries';
import { confirmEmailChange, requestEmailChange } from '@/lib/accounts/email-change-service';
import { authenticate, signUp } from '@/lib/users/service';
import { inviteMember, respondToInvitation } from '@/lib/projects/service';
import { createPledge } from '@/lib/pledges/service';
import { createTask as postTask } from '@/lib/tasks/service';
import { signUpSchema } from '@/lib/users/schemas';
import { createCampaign, createProject, createUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from '../factories';
import { linkSecret, mailInbox } from '../mail-inbox';

const inbox = mailInbox();
beforeAll(() => inbox.start());
afterAll(() => inbox.stop());

const NEW_PASSWORD = 'lantern-orchid-varnish-72';

async function resetLink(email: string, now?: Date) {
  expect(await requestPasswordReset({ email, ip: uniqueIp(), now })).toEqual({ ok: true, data: undefined });
  const mails = await inbox.read(email);
  return linkSecret(mails[mails.length - 1]);
}

describe('forgot password', () => {
  it('mails a reset link over SMTP that sets a new password once, revokes every session and signs in with the new password', async () => {
    const member = await createUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } });
    const secret = await resetLink(member.email);
    const [mail] = await inbox.read(member.email);
    expect(mail.html).toContain('/reset-password?token=');

    expect(await resetPassword({ token: secret, password: NEW_PASSWORD })).toEqual({ ok: true, data: undefined });
    const after = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: false });
    expect(await authenticate({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });

    // Single use: the same link again is refused and changes nothing.
    expect(await resetPassword({ token: secret, password: 'another-quiet-harbour-19' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await authenticate({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it('stores only the hash of the link secret', async () => {
    const member = await createUser();
    const secret = await resetLink(member.email);
    const row = await db.accountToken.findFirstOrThrow({ where: { userId: member.id, kind: 'RESET_PASSWORD' } });
    expect(row.tokenHash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('refuses a reset link after its 30 minutes', async () => {
    const member = await createUser();
    const issued = new Date(Date.now() - 31 * 60_000);
    const secret = await resetLink(member.email, issued);
    expect(await resetPassword({ token: secret, password: NEW_PASSWORD })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    // Within the 30 minutes it would have worked.
    const fresh = await resetLink(member.email, new Date(Date.now() - 29 * 60_000));
    expect(await resetPassword({ token: fresh, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });

  it('lets exactly one of many simultaneous uses of a link win', async () => {
    const member = await createUser();
    const secret = await resetLink(member.email);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => resetPassword({ token: secret, password: `${NEW_PASSWORD}-${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'TOKEN_INVALID')).toHaveLength(7);
  });

  it('gives the same answer for an unknown address and sends it nothing', async () => {
    const member = await createUser();
    const unknown = uniqueEmail('nobody');
    const known = await requestPasswordReset({ email: member.email, ip: uniqueIp() });
    const missing = await requestPasswordReset({ email: unknown, ip: uniqueIp() });
    expect(missing).toEqual(known);
    expect(await db.mailMessage.count({ where: { toAddress: unknown } })).toBe(0);
    expect(await db.accountToken.count({ where: { email: unknown } })).toBe(0);
  });

  it('stops mailing an address that asks too often, still with the same answer, and tells a flooding IP to wait', async () => {
    const member = await createUser();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordReset({ email: member.email, ip: uniqueIp() }));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await db.accountToken.count({ where: { userId: member.id, kind: 'RESET_PASSWORD' } })).toBe(3);

    const ip = uniqueIp();
    const fromOneIp = [];
    for (let i = 0; i < 21; i++) fromOneIp.push(await requestPasswordReset({ email: uniqueEmail('flood'), ip }));
    expect(fromOneIp.slice(0, 20).every((r) => r.ok)).toBe(true);
    expect(fromOneIp[20]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('refuses a weak new password and keeps the link usable', async () => {
    const member = await createUser();
    const secret = await resetLink(member.email);
    expect(await resetPassword({ token: secret, password: 'password123' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', fieldErrors: { password: [expect.any(String)] } });
    expect(await resetPassword({ token: secret, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });

  it('refuses a made-up or empty link', async () => {
    expect(await resetPassword({ token: 'not-a-real-token', password: NEW_PASSWORD })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await resetPassword({ token: '', password: NEW_PASSWORD })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });
});

describe('e-mail verification', () => {
  const signUpInput = (email: string) => ({ ...signUpSchema.parse({ email, name: '宋佳怡', password: 'copper-meadow-lantern-8', intent: 'MEMBER' }), terms: true as const, leaderboard: false, publicProfile: false });

  it('mails a link at sign-up that verifies the address once', async () => {
    const email = uniqueEmail('verify');
    const created = await signUp(signUpInput(email));
    if (!created.ok) throw new Error(created.message);
    expect(await isEmailVerified(created.data.id)).toBe(false);
    // The signed-in layout's banner reads it with the session, in the same statement.
    expect(await isSessionEmailVerified(created.data.id)).toBe(false);
    const [mail] = await inbox.read(email);
    expect(mail.subject).toContain('验证');
    const secret = linkSecret(mail);
    expect(await verifyEmail(secret)).toEqual({ ok: true, data: { email } });
    expect(await isEmailVerified(created.data.id)).toBe(true);
    expect(await isSessionEmailVerified(created.data.id)).toBe(true);
    expect(await findSessionUser(created.data.id)).toMatchObject({ id: created.data.id, email, roles: [] });
    expect(await verifyEmail(secret)).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });

  it('records the terms and privacy consents with their version and time at sign-up, and the public listings only when chosen', async () => {
    const email = uniqueEmail('consent');
    const created = await signUp(signUpInput(email));
    if (!created.ok) throw new Error(created.message);
    const consents = await db.consent.findMany({ where: { userId: created.data.id }, orderBy: { kind: 'asc' } });
    expect(consents.map((c) => c.kind).sort()).toEqual(['PRIVACY', 'TERMS']);
    expect(consents.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.version) && c.grantedAt instanceof Date && c.revokedAt === null)).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.data.id }, select: { hideFromLeaderboards: true } });
    expect(user.hideFromLeaderboards).toBe(true);
  });

  it('refuses an unverified member a pledge, a team invitation and posting a task, with the same clear code', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser({ verified: false, roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner);
    expect(await createPledge(member, { campaignId: campaign.id, tierId: null, amountFen: 1000, idempotencyKey: 'k-unverified' })).toMatchObject({ ok: false, code: 'EMAIL_UNVERIFIED', message: 'emailUnverified' });
    expect(await db.pledge.count({ where: { backerId: member.id } })).toBe(0);

    const project = await createProject(owner);
    const invited = await inviteMember(owner, { projectId: project.id, email: member.email });
    if (!invited.ok) throw new Error(invited.message);
    expect(await respondToInvitation(member, { invitationId: invited.data.id, accept: true })).toMatchObject({ ok: false, code: 'EMAIL_UNVERIFIED' });
    expect(await db.projectMember.count({ where: { projectId: project.id, userId: member.id } })).toBe(0);

    const own = await createProject(member);
    const task = { title: '海报设计', description: '', category: 'DESIGN' as const, skills: [], rewardPoints: 50, bountyFen: 0, slots: 1, deadline: new Date(Date.now() + 86_400_000), location: 'REMOTE' as const, mode: 'REVIEW' as const, projectId: own.id, partnerName: '', publish: true };
    expect(await postTask(member, task)).toMatchObject({ ok: false, code: 'EMAIL_UNVERIFIED' });
    expect(await db.task.count({ where: { postedById: member.id } })).toBe(0);

    // Once verified, the same requests go through.
    await sendVerificationEmail(member.id, { skipRateLimit: true });
    // The invitation mailed the member too: take the verification mail, the one with a token link.
    const verification = (await inbox.read(member.email)).filter((m) => /[?&]token=/.test(m.text)).at(-1)!;
    expect(await verifyEmail(linkSecret(verification))).toMatchObject({ ok: true });
    expect(await createPledge(member, { campaignId: campaign.id, tierId: null, amountFen: 1000, idempotencyKey: 'k-verified' })).toMatchObject({ ok: true });
    expect(await respondToInvitation(member, { invitationId: invited.data.id, accept: true })).toMatchObject({ ok: true });
    expect(await postTask(member, task)).toMatchObject({ ok: true });
  });

  it('does not resend to a verified address, and limits resends', async () => {
    const verified = await createUser();
    expect(await sendVerificationEmail(verified.id)).toMatchObject({ ok: false, code: 'ALREADY_VERIFIED' });
    const member = await createUser({ verified: false });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await sendVerificationEmail(member.id));
    expect(answers.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(answers[5]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});

describe('changing the e-mail', () => {
  it('changes the address only through the link sent to the new one, and tells the old one', async () => {
    const member = await createUser();
    const old = member.email;
    const next = uniqueEmail('new');
    expect(await requestEmailChange(member, { email: next, password: 'wrong-password' })).toMatchObject({ ok: false, fieldErrors: { password: ['passwordWrong'] } });
    expect(await requestEmailChange(member, { email: next, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(old);

    const secret = linkSecret((await inbox.read(next))[0]);
    expect(await confirmEmailChange(secret)).toEqual({ ok: true, data: { email: next } });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(next);
    expect(await isEmailVerified(member.id)).toBe(true);
    const told = await inbox.read(old);
    expect(told.at(-1)!.text).toContain(next);
    expect(await confirmEmailChange(secret)).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await authenticate({ email: next, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it('refuses an address that another account uses', async () => {
    const member = await createUser();
    const other = await createUser();
    expect(await requestEmailChange(member, { email: other.email, password: TEST_PASSWORD })).toMatchObject({ ok: false, code: 'EMAIL_TAKEN' });
  });
});

describe('inviting someone without an account', () => {
  it('mails a sign-up link; signing up from it proves the address so the invitation can be accepted', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const email = uniqueEmail('newcomer');
    const invited = await inviteMember(owner, { projectId: project.id, email });
    if (!invited.ok) throw new Error(invited.message);
    const [mail] = await inbox.read(email);
    expect(mail.text).toContain('/sign-up?invite=');
    const invite = linkSecret(mail);

    const created = await signUp({ ...signUpSchema.parse({ email, name: '新成员', password: 'copper-meadow-lantern-8' }), terms: true, leaderboard: false, publicProfile: false, invite });
    if (!created.ok) throw new Error(created.message);
    expect(await isEmailVerified(created.data.id)).toBe(true);
    const newcomer = { id: created.data.id, email, roles: created.data.roles };
    expect(await respondToInvitation(newcomer, { invitationId: invited.data.id, accept: true })).toEqual({ ok: true, data: { projectId: project.id } });
  });

  it('does not verify someone who signs up with another address from the link', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const project = await createProject(owner);
    const email = uniqueEmail('invited');
    await inviteMember(owner, { projectId: project.id, email });
    const invite = linkSecret((await inbox.read(email))[0]);
    const other = uniqueEmail('other');
    const created = await signUp({ ...signUpSchema.parse({ email: other, name: '别人', password: 'copper-meadow-lantern-8' }), terms: true, leaderboard: false, publicProfile: false, invite });
    if (!created.ok) throw new Error(created.message);
    expect(await isEmailVerified(created.data.id)).toBe(false);
  });

  it('sends no sign-up link to an address that already has an account', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const member = await createUser();
    const project = await createProject(owner);
    await inviteMember(owner, { projectId: project.id, email: member.email });
    expect(await db.accountToken.count({ where: { email: member.email, kind: 'PROJECT_INVITE' } })).toBe(0);
  });
});
