import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { createPledge } from '@/lib/pledges/service';
import { zonedInstant } from '@/lib/bookings/time';
import { changePassword } from '@/lib/users/service';
import { createCampaign, createEvent, createResource, createUser, TEST_PASSWORD } from '../factories';

/**
 * Two production servers on two ports against one PostgreSQL: the app keeps no state of its
 * own, so anything one instance does is seen by the other. Each is scripts/serve.mjs, the
 * server `npm start` runs (`next start` plus the socket address). Needs the production build
 * that `npm test` makes before this tier (`next build`).
 */
const PORTS = [Number(process.env.ZCS_INSTANCE_PORT_A ?? 3301), Number(process.env.ZCS_INSTANCE_PORT_B ?? 3302)];
const SECRET = 'two-instances-secret-two-instances-00';
const servers: ChildProcess[] = [];
const base = (i: number) => `http://127.0.0.1:${PORTS[i]}`;

async function waitUp(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not start`);
}

beforeAll(async () => {
  if (!fs.existsSync(path.resolve('.next', 'BUILD_ID'))) throw new Error('no production build: run `npm test` (it builds first) or `npm run build`');
  for (const port of PORTS) {
    const child = spawn(process.execPath, [path.resolve('scripts', 'serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, NODE_ENV: 'production', AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    servers.push(child);
  }
  await Promise.all(PORTS.map((_, i) => waitUp(base(i))));
}, 120_000);

afterAll(() => {
  for (const s of servers) s.kill('SIGTERM');
});

/** Signs in through Auth.js on one instance and returns the session cookie. */
async function signInOn(i: number, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const csrfRes = await fetch(`${base(i)}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base(i)}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`no session cookie from instance ${i} (status ${res.status})`);
  return session.split(';')[0];
}

/** Signs out through Auth.js on one instance, as the browser's sign-out does. */
async function signOutOn(i: number, cookie: string): Promise<void> {
  const csrfRes = await fetch(`${base(i)}/api/auth/csrf`, { headers: { Cookie: cookie } });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${base(i)}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: [cookie, ...csrfCookie].join('; ') },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/' }),
  });
  expect(res.status).toBeLessThan(400);
}

/** Whom each instance takes this cookie for: its user id, or null when signed out. */
async function sessionOn(i: number, cookie: string): Promise<string | null> {
  const res = await fetch(`${base(i)}/api/auth/session`, { headers: { Cookie: cookie } });
  return ((await res.json()) as { user?: { id: string } } | null)?.user?.id ?? null;
}

describe('two app instances on one database', () => {
  it('accepts on instance B a session created on instance A', async () => {
    const user = await createUser({ name: '双实例用户', roles: ['ENTREPRENEUR'] });
    const cookie = await signInOn(0, user.email, TEST_PASSWORD);
    for (const i of [0, 1]) {
      const res = await fetch(`${base(i)}/api/auth/session`, { headers: { Cookie: cookie } });
      expect(((await res.json()) as { user?: { id: string } }).user?.id).toBe(user.id);
    }
    // A signed-in page renders for this member on the other instance too.
    const page = await fetch(`${base(1)}/dashboard`, { headers: { Cookie: cookie }, redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('双实例用户');
  });

  it('shares sign-in rate limits across instances', async () => {
    const user = await createUser();
    // Alternate wrong passwords between the instances: the 6th attempt is refused wherever it lands.
    for (let k = 0; k < 5; k++) await signInOn(k % 2, user.email, 'wrong-password-x').catch(() => undefined);
    const res = await fetch(`${base(1)}/api/auth/csrf`);
    expect(res.ok).toBe(true);
    await expect(signInOn(1, user.email, TEST_PASSWORD)).rejects.toThrow(/no session cookie/);
  });

  it('refuses a copied session cookie on both instances once its member signs out', async () => {
    const user = await createUser({ name: '退出用户' });
    const cookie = await signInOn(0, user.email, TEST_PASSWORD);
    const copy = cookie;
    expect(await sessionOn(1, copy)).toBe(user.id);
    await signOutOn(0, cookie);
    for (const i of [0, 1]) expect(await sessionOn(i, copy)).toBeNull();
    const page = await fetch(`${base(1)}/dashboard`, { headers: { Cookie: copy }, redirect: 'manual' });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get('location')).toMatch(/sign-in/);
    // Signing in again works and is not undone by replaying the old cookie's sign-out.
    const fresh = await signInOn(1, user.email, TEST_PASSWORD);
    await signOutOn(1, copy);
    expect(await sessionOn(0, fresh)).toBe(user.id);
  });

  it('refuses every earlier cookie on both instances after a password change', async () => {
    const user = await createUser();
    const laptop = await signInOn(0, user.email, TEST_PASSWORD);
    const phone = await signInOn(1, user.email, TEST_PASSWORD);
    expect(await changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: 'lantern-harbour-77' })).toMatchObject({ ok: true });
    for (const cookie of [laptop, phone]) for (const i of [0, 1]) expect(await sessionOn(i, cookie)).toBeNull();
  });

  it('refuses a cookie-authenticated registration from another origin, and accepts this one and bearer calls', async () => {
    const organizer = await createUser({ roles: ['OPERATOR'] });
    const event = await createEvent(organizer);
    const member = await createUser();
    const cookie = await signInOn(0, member.email, TEST_PASSWORD);
    const register = (headers: Record<string, string>) =>
      fetch(`${base(0)}/api/v1/events/${event.id}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { error?: { code: string } },
      }));

    for (const origin of ['https://evil.invalid', 'null', `http://127.0.0.1:${PORTS[1]}`]) {
      expect(await register({ Cookie: cookie, Origin: origin })).toMatchObject({ status: 403, body: { error: { code: 'ORIGIN_MISMATCH' } } });
    }
    expect(await register({ Cookie: cookie })).toMatchObject({ status: 403, body: { error: { code: 'ORIGIN_MISMATCH' } } });
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0);
    expect((await register({ Cookie: cookie, Origin: base(0) })).status).toBe(201);

    const other = await createUser();
    const token = await createApiToken(other, { name: 'cli' });
    if (!token.ok) throw new Error(token.code);
    expect((await register({ Authorization: `Bearer ${token.data.token}`, Origin: 'https://evil.invalid' })).status).toBe(201);
  });

  it('lets exactly one of 100 booking attempts spread over both instances win', async () => {
    const room = await createResource();
    const members = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    const tokens = await Promise.all(
      members.map(async (m) => {
        const created = await createApiToken(m, { name: 'race' });
        if (!created.ok) throw new Error(created.code);
        return created.data.token;
      }),
    );
    // 10:00-11:00 the day after tomorrow, Beijing time: inside opening hours and the horizon.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 2 * 86_400_000));
    const startsAt = zonedInstant(day, '10:00', 'Asia/Shanghai').toISOString();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, k) =>
        fetch(`${base(k % 2)}/api/v1/bookings`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${tokens[k % tokens.length]}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ resourceId: room.id, startsAt, durationMinutes: 60 }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.error?.code))).toEqual(new Set(['SLOT_TAKEN']));
    expect(await db.booking.count({ where: { resourceId: room.id } })).toBe(1);
  });

  it("settles an ended campaign through both instances' job queues, capturing each pledge once", async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner, { goalFen: 60_000 });
    const backers = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    for (const [i, b] of backers.entries()) {
      const r = await createPledge(b, { campaignId: campaign.id, tierId: null, amountFen: 10_000, idempotencyKey: `two-instances-${i}` });
      if (!r.ok) throw new Error(r.code);
    }
    await db.campaign.update({ where: { id: campaign.id }, data: { endsAt: new Date(Date.now() - 1000) } });

    // Both servers run the minute tick on pg-boss; whichever takes it, the campaign settles once.
    let settled = null;
    for (let i = 0; i < 150 && !settled; i++) {
      settled = await db.campaign.findFirst({ where: { id: campaign.id, settledAt: { not: null } }, select: { status: true } });
      if (!settled) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(settled?.status).toBe('SUCCEEDED');
    const pledges = await db.pledge.findMany({ where: { campaignId: campaign.id }, select: { status: true, authorizationId: true } });
    expect(pledges.map((p) => p.status)).toEqual(Array(6).fill('CAPTURED'));
    expect(await db.sandboxPayment.count({ where: { kind: 'CAPTURE', parentId: { in: pledges.map((p) => p.authorizationId) } } })).toBe(6);
  }, 200_000);

  // Last: it fills this machine's per-IP bucket, then empties it again.
  it('counts sign-in failures against the socket address whatever X-Forwarded-For the client sends', async () => {
    await db.$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'signin-ip:%'`;
    try {
      // 30 failures (the per-IP limit), each claiming another address and trying another e-mail.
      for (let k = 0; k < 30; k++) {
        const spoof = { 'X-Forwarded-For': `198.51.100.${k}`, 'X-Zcs-Peer': `192.0.2.${k}` };
        await signInOn(k % 2, `nobody-${k}-${Date.now()}@test.zcs.cn`, 'wrong-password-x', spoof).catch(() => undefined);
      }
      const user = await createUser();
      await expect(signInOn(1, user.email, TEST_PASSWORD, { 'X-Forwarded-For': '203.0.113.50' })).rejects.toThrow(/no session cookie/);
    } finally {
      await db.$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'signin-ip:%'`;
    }
  });
});
