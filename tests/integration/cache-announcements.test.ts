import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createConsultation, createProposal, supportProposal } from '@/lib/participation/service';
import { createTask, createUser } from '../factories';

/**
 * The database announces the page tags of what a cached page shows (channel `zcs_cache`, read by
 * lib/cache/isr-cache-handler.cjs on every instance). Listened to here as an instance would.
 */
let listener: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  listener.on('notification', (msg) => {
    if (msg.channel === 'zcs_cache' && msg.payload) heard.push(...msg.payload.split(','));
  });
  await listener.connect();
  await listener.query('LISTEN zcs_cache');
});

afterAll(async () => {
  await listener.end();
});

/** Forgets what was heard so far, once every earlier notice has arrived (they come in commit order). */
async function startListening(): Promise<void> {
  const marker = `marker:${Math.random()}`;
  await db.$executeRaw`SELECT pg_notify('zcs_cache', ${marker})`;
  await announced(marker);
  heard.length = 0;
}

/** Waits for the tag (NOTIFY arrives at commit, asynchronously); true when it came. */
async function announced(tag: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (heard.includes(tag)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return heard.includes(tag);
}

describe('what the task, member and leaderboard pages show announces their tags', () => {
  it('announces the member page when one of their assignments is taken or completed', async () => {
    const [poster, member] = await Promise.all([createUser(), createUser()]);
    const task = await createTask(poster);
    await startListening();
    const assignment = await db.taskAssignment.create({ data: { taskId: task.id, userId: member.id }, select: { id: true } });
    expect(await announced(`member:${member.id}`)).toBe(true);
    expect(await announced(`task:${task.id}`)).toBe(true);
    await startListening();
    await db.taskAssignment.update({ where: { id: assignment.id }, data: { status: 'COMPLETED', completedAt: new Date() } });
    expect(await announced(`member:${member.id}`)).toBe(true);
  });

  it('announces the member page when their public-profile consent is given or revoked, and when their picture changes', async () => {
    const member = await createUser({ consents: false });
    await startListening();
    const consent = await db.consent.create({ data: { userId: member.id, kind: 'PUBLIC_PROFILE', version: 'test' }, select: { id: true } });
    expect(await announced(`member:${member.id}`)).toBe(true);
    await startListening();
    await db.consent.update({ where: { id: consent.id }, data: { revokedAt: new Date() } });
    expect(await announced(`member:${member.id}`)).toBe(true);
    await startListening();
    await db.user.update({ where: { id: member.id }, data: { avatarKey: `avatar_${member.id}_64x64` } });
    expect(await announced(`member:${member.id}`)).toBe(true);
  });

  it('announces nothing of a member for bookkeeping on their account row', async () => {
    const member = await createUser();
    await startListening();
    await db.user.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).not.toContain(`member:${member.id}`);
  });
});

describe('what the participation pages show announces their tag', () => {
  it('announces the participation pages and the proposal when a consultation, a proposal or a support comes', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    await startListening();
    const c = await createConsultation(operator, { title: '公告测试', description: '', opensAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), closesAt: null, audience: 'PUBLIC', categories: [], answerDeadlineDays: 10, supportThreshold: null });
    if (!c.ok) throw new Error(c.code);
    expect(await announced('participation')).toBe(true);
    const author = await createUser();
    const p = await createProposal(author, c.data.id, { title: '增加插座', body: '靠窗一排没有插座。', category: '' });
    if (!p.ok) throw new Error(p.code);
    await startListening();
    const supported = await supportProposal(await createUser(), p.data.id);
    expect(supported.ok).toBe(true);
    expect(await announced(`proposal:${p.data.id}`)).toBe(true);
    expect(await announced('participation')).toBe(true);
  });
});
