import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { createPledge } from '@/lib/pledges/service';
import { zonedInstant } from '@/lib/bookings/time';
import { createCampaign, createResource, createUser, TEST_PASSWORD } from '../factories';

/**
 * Two production servers on two ports against one PostgreSQL: the app keeps no state of its
 * own, so anything one instance does is seen by the other. Needs the production build that
 * `npm test` makes before this tier (`next build`).
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
    const child = spawn(path.resolve('node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
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
async function signInOn(i: number, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base(i)}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base(i)}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`no session cookie from instance ${i} (status ${res.status})`);
  return session.split(';')[0];
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
});
