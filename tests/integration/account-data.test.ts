import { randomUUID } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { setConsent, setPublicProfileConsent } from '@/lib/accounts/consents-service';
import { deleteAccount, DELETED_NAME } from '@/lib/accounts/deletion-service';
import { collectMemberData, findDownloadableExport, prepareDataExport, requestDataExport } from '@/lib/accounts/export-service';
import { enqueueDataExport, startAccountJobs } from '@/lib/accounts/jobs';
import { createPledge } from '@/lib/pledges/service';
import { awardPoints, setLeaderboardPrivacy } from '@/lib/points/service';
import { findMemberContributions, leaderboard } from '@/lib/points/queries';
import { authenticate } from '@/lib/users/service';
import { createCampaign, createResource, createTask, createUser, TEST_PASSWORD, uniqueIp } from '../factories';

/** A member with a row in most of the platform's tables. */
async function busyMember(name: string) {
  const member = await createUser({ name, roles: ['ENTREPRENEUR'] });
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const campaign = await createCampaign(owner);
  const pledged = await createPledge(member, { campaignId: campaign.id, tierId: null, amountFen: 12_300, idempotencyKey: randomUUID() });
  if (!pledged.ok) throw new Error(pledged.message);
  const resource = await createResource();
  const start = new Date(Date.UTC(2090, 0, 1, 2) + Math.floor(Math.random() * 1e6) * 3_600_000);
  await db.booking.create({ data: { resourceId: resource.id, userId: member.id, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), blockedUntil: new Date(start.getTime() + 3_600_000), note: `${name} 的预约` } });
  const task = await createTask(owner);
  await db.taskAssignment.create({ data: { taskId: task.id, userId: member.id } });
  await db.$transaction((tx) => awardPoints(tx, { userId: member.id, points: 40, source: 'TASK', sourceKey: `test:${randomUUID()}` }));
  await db.notification.create({ data: { userId: member.id, kind: 'test', data: { who: name } } });
  await db.$transaction((tx) => setConsent(tx, member.id, 'PUBLIC_PROFILE', true));
  const token = await createApiToken(member, { name: `${name} 的令牌` });
  if (!token.ok) throw new Error(token.message);
  return { member, campaign, pledge: pledged.data.pledge, token: token.data };
}

describe('download my data', () => {
  it('holds the member’s own rows and nobody else’s, and no secrets', async () => {
    const a = await busyMember('甲成员');
    const b = await busyMember('乙成员');
    // B backs the same campaign as A: A's export must still not show B.
    const shared = await createPledge(b.member, { campaignId: a.campaign.id, tierId: null, amountFen: 4_500, idempotencyKey: randomUUID() });
    expect(shared.ok).toBe(true);

    const data = await collectMemberData(a.member.id);
    const json = JSON.stringify(data, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    expect(data.profile.email).toBe(a.member.email);
    expect(data.crowdfunding.pledges.map((p) => p.id)).toEqual([a.pledge.id]);
    expect(data.bookings).toHaveLength(1);
    expect(data.tasks.assignments).toHaveLength(1);
    expect(data.ledger).toHaveLength(1);
    // A's own notices (the pledge receipt among them); B's never (checked on the whole archive below).
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.consents.map((c) => c.kind).sort()).toEqual(['LEADERBOARD', 'PRIVACY', 'PUBLIC_PROFILE', 'TERMS']);
    expect(data.apiTokens.map((t) => t.name)).toEqual(['甲成员 的令牌']);
    for (const foreign of [b.member.id, b.member.email, '乙成员', b.token.token]) expect(json).not.toContain(foreign);
    // Secrets stay out: the API token itself, any hash, the password.
    expect(json).not.toContain(a.token.token);
    expect(json).not.toMatch(/tokenHash|passwordHash|\$argon2/);
  });

  it('is prepared on the job queue and downloadable only by its owner until the link expires', async () => {
    const { member } = await busyMember('丙成员');
    const other = await createUser();
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 2 });
    await boss.start();
    try {
      await startAccountJobs(boss);
      const requested = await requestDataExport(member);
      if (!requested.ok) throw new Error(requested.message);
      // One at a time: a second request while the first is prepared is refused.
      expect(await requestDataExport(member)).toMatchObject({ ok: false, code: 'EXPORT_PENDING' });
      await enqueueDataExport(requested.data.id);
      let row = await db.dataExport.findUniqueOrThrow({ where: { id: requested.data.id } });
      while (row.status === 'PENDING') {
        await new Promise((r) => setTimeout(r, 200));
        row = await db.dataExport.findUniqueOrThrow({ where: { id: requested.data.id } });
      }
      expect(row.status).toBe('READY');
      const archive = row.archive as { format: string; profile: { id: string } };
      expect(archive.format).toBe('zhongchuang-space/member-data@1');
      expect(archive.profile.id).toBe(member.id);

      expect(await findDownloadableExport(member, row.id)).toMatchObject({ id: row.id });
      expect(await findDownloadableExport(other, row.id)).toBeNull();
      expect(await findDownloadableExport(member, row.id, new Date(row.expiresAt!.getTime() + 1))).toBeNull();
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it('prepares an archive once even when the job runs twice', async () => {
    const member = await createUser();
    const requested = await requestDataExport(member);
    if (!requested.ok) throw new Error(requested.message);
    const runs = await Promise.all([prepareDataExport(requested.data.id), prepareDataExport(requested.data.id)]);
    expect(runs.filter(Boolean)).toHaveLength(1);
  });
});

describe('delete my account', () => {
  it('needs the current password', async () => {
    const member = await createUser();
    expect(await deleteAccount(member, { password: 'not-my-password' })).toMatchObject({ ok: false, fieldErrors: { password: ['passwordWrong'] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(member.email);
  });

  it('erases the person, keeps the records others rely on anonymised, keeps public totals and blocks sign-in', async () => {
    const { member, campaign, pledge } = await busyMember('丁成员');
    await db.$transaction((tx) => setConsent(tx, member.id, 'LEADERBOARD', true));
    const before = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { raisedFen: true, backerCount: true } });
    const sessionBefore = (await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } })).sessionVersion;

    const result = await deleteAccount(member, { password: TEST_PASSWORD });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.erased).toContain('email');
    expect(result.data.kept).toContain('pledges');

    const user = await db.user.findUniqueOrThrow({ where: { id: member.id }, include: { apiTokens: true, consents: true, verifiedEmail: true, roles: true, notifications: true } });
    expect(user.name).toBe(DELETED_NAME);
    expect(user.email).not.toBe(member.email);
    expect(user.email).not.toContain(member.email.split('@')[0]);
    expect([user.bio, user.organization, user.skills.length]).toEqual(['', '', 0]);
    expect([user.apiTokens, user.consents, user.roles, user.notifications]).toEqual([[], [], [], []]);
    expect(user.verifiedEmail).toBeNull();
    expect(user.hideFromLeaderboards).toBe(true);
    expect(user.sessionVersion).toBe(sessionBefore + 1);

    // What others rely on stays, pointing at the anonymous row.
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ backerId: member.id, amountFen: 12_300 });
    expect(await db.booking.count({ where: { userId: member.id } })).toBe(1);
    expect(await db.taskAssignment.count({ where: { userId: member.id } })).toBe(1);
    expect(await db.pointsEntry.count({ where: { userId: member.id } })).toBe(1);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { raisedFen: true, backerCount: true } })).toEqual(before);
    expect((await leaderboard('all', new Date(), 1000)).some((r) => r.userId === member.id)).toBe(false);

    // Nobody signs in as this account again, by the old address or the placeholder.
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: false });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: false });
    expect(await deleteAccount(member, { password: TEST_PASSWORD })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('frees the address for a new account', async () => {
    const member = await createUser();
    expect((await deleteAccount(member, { password: TEST_PASSWORD })).ok).toBe(true);
    const again = await createUser({ email: member.email });
    expect(again.id).not.toBe(member.id);
  });
});

describe('consents', () => {
  it('records the leaderboard choice as a revocable consent with its history', async () => {
    const member = await createUser({ consents: false });
    await setLeaderboardPrivacy(member, false);
    await setLeaderboardPrivacy(member, true);
    await setLeaderboardPrivacy(member, false);
    const rows = await db.consent.findMany({ where: { userId: member.id, kind: 'LEADERBOARD' }, orderBy: { grantedAt: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[0].revokedAt).not.toBeNull();
    expect(rows[1].revokedAt).toBeNull();
  });

  it('shows a contribution page to others only with the public-profile consent, which can be withdrawn', async () => {
    const member = await createUser({ consents: false });
    const visitor = await createUser();
    expect(await findMemberContributions(visitor, member.id)).toMatchObject({ hidden: true, summary: null });
    expect(await findMemberContributions(member, member.id)).toMatchObject({ hidden: false });
    await setPublicProfileConsent(member, true);
    expect(await findMemberContributions(visitor, member.id)).toMatchObject({ hidden: false });
    await setPublicProfileConsent(member, false);
    expect(await findMemberContributions(null, member.id)).toMatchObject({ hidden: true });
  });

  it('keeps one active grant whatever many simultaneous toggles do', async () => {
    const member = await createUser();
    await Promise.all(Array.from({ length: 10 }, (_, i) => db.$transaction((tx) => setConsent(tx, member.id, 'PUBLIC_PROFILE', i % 3 !== 0))));
    expect(await db.consent.count({ where: { userId: member.id, kind: 'PUBLIC_PROFILE', revokedAt: null } })).toBeLessThanOrEqual(1);
  });
});
