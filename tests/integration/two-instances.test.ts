import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBoss } from 'pg-boss';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/api-tokens/service';
import { createBooking } from '@/lib/bookings/service';
import { reportFault } from '@/lib/faults/service';
import { createPledge } from '@/lib/pledges/service';
import { addDays, zonedInstant } from '@/lib/bookings/time';
import { changePassword } from '@/lib/users/service';
import { decideCampaign } from '@/lib/campaigns/service';
import { applyToTask, claimTask } from '@/lib/tasks/service';
import { createConsultation, createProposal } from '@/lib/participation/service';
import { createCampaign, createEvent, createProject, createResource, createTask, createUser, TEST_PASSWORD } from '../factories';

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

/** React's encoder of server-action arguments, from the Next.js the servers run (the browser's twin). */
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.edge') as { encodeReply: (args: unknown[]) => Promise<FormData | string> };

/**
 * Calls a server action on one instance as the browser does: a POST to the page that uses it,
 * with the action's id (from the build's server-reference manifest) and its arguments
 * `(previousState = null, formData)` in React's reply encoding.
 */
async function callActionOn(i: number, cookie: string, page: string, action: { filename: string; exportedName: string }, fields: Record<string, string>) {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === action.filename && a.exportedName === action.exportedName)?.[0];
  if (!id) throw new Error(`no server action ${action.exportedName} in the build`);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const body = await encodeReply([null, form]);
  const res = await fetch(`${base(i)}${page}`, { method: 'POST', headers: { 'Next-Action': id, Accept: 'text/x-component', Cookie: cookie, Origin: base(i) }, body });
  return { status: res.status, text: await res.text() };
}

/** Polls `probe` until it answers true, at most `tries` times a second apart. */
async function eventually(probe: () => Promise<boolean>, tries = 90): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

/** A page's HTML and whether Next answered it from its cache. */
async function page(i: number, path: string, cookie?: string) {
  const res = await fetch(`${base(i)}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), csp: res.headers.get('content-security-policy') ?? '', cacheControl: res.headers.get('cache-control'), etag: res.headers.get('etag'), html: await res.text() };
}
/** Asks until `check` holds or the deadline passes; true when it held. Not a timed assertion: the claim is "within 2 s". */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  do {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  return check();
}
/**
 * The page once the instance serves it from its cache. A render that began before the notices of
 * the data's own writes reached the instance is not kept, so the first cached copy may take a
 * render or two; the claim is "cached within 2 s", not "cached at the second request".
 */
async function cachedPage(i: number, path: string, cookie?: string) {
  let last: Awaited<ReturnType<typeof page>> | undefined;
  await within(2000, async () => (last = await page(i, path, cookie)).cache === 'HIT');
  return last!;
}
/** A new member pledges on instance `i` through the API, with a token of their own. */
async function pledgeOn(i: number, campaignId: string, amountFen: number) {
  const backer = await createUser();
  const token = await createApiToken(backer, { name: 'pledge' });
  if (!token.ok) throw new Error(token.code);
  const res = await fetch(`${base(i)}/api/v1/campaigns/${campaignId}/pledges`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token.data.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `pledge-${campaignId}-${backer.id}` },
    body: JSON.stringify({ amountFen }),
  });
  return { status: res.status, backer };
}
/** The campaign page's raised total, as shown: `<dd data-testid="raised"><span>¥123</span></dd>`. */
const raised = (html: string) => /data-testid="raised"[^>]*>(?:<[^>]+>)*([^<]+)</.exec(html)?.[1] ?? null;
describe('cached public pages on two instances', () => {
  it("shows a pledge made on instance A on instance B's cached campaign page within 2 s", async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner, { goalFen: 100_000 });
    const path = `/campaigns/${campaign.id}`;
    const before = await cachedPage(1, path);
    expect(before.status).toBe(200);
    expect(before.cache).toBe('HIT');
    expect(raised(before.html)).toBe('¥0');
    expect((await pledgeOn(0, campaign.id, 12_300)).status).toBe(201);
    expect(await within(2000, async () => raised((await page(1, path)).html) === '¥123')).toBe(true);
    // And served from the cache again afterwards.
    expect((await cachedPage(1, path)).cache).toBe('HIT');
  });
  it('lets a cache in front of the instances keep a public page only if it asks again each time: 304 while unchanged, the new page after a pledge', async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner, { goalFen: 100_000 });
    const path = `/campaigns/${campaign.id}`;
    const before = await cachedPage(1, path);
    // Next's own `s-maxage=300, stale-while-revalidate=…` would let a CDN serve it for minutes after a write.
    expect(before.cacheControl).toBe('max-age=0, must-revalidate');
    expect((await cachedPage(1, '/campaigns')).cacheControl).toBe('max-age=0, must-revalidate');
    expect((await cachedPage(1, '/en/campaigns')).cacheControl).toBe('max-age=0, must-revalidate');
    expect(before.etag).toBeTruthy();
    // As a cache in front asks (fetch would add `no-cache`, a forced reload, without a Cache-Control of its own).
    const revalidate = () => fetch(`${base(1)}${path}`, { headers: { 'If-None-Match': before.etag!, 'Cache-Control': 'max-age=0' } });
    expect((await revalidate()).status).toBe(304);
    const pledge = await pledgeOn(0, campaign.id, 4_500);
    expect(pledge.status).toBe(201);
    // The cache's copy is stale now: asked again, instance B answers with the new page.
    expect(await within(2000, async () => {
      const answer = await revalidate();
      return answer.status === 200 && raised(await answer.text()) === '¥45';
    })).toBe(true);
    // Signed-in pages stay out of every cache.
    expect((await page(1, '/dashboard', await signInOn(0, pledge.backer.email, TEST_PASSWORD))).cacheControl).toMatch(/no-store/);
  });
  it("puts a campaign on instance B's public page within 2 s of its approval, where a cached 404 stood", async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const operator = await createUser({ roles: ['OPERATOR'] });
    const campaign = await createCampaign(owner, { status: 'SUBMITTED' });
    const path = `/campaigns/${campaign.id}`;
    await page(1, path);
    const before = await page(1, path);
    expect(before.status).toBe(404);
    // Approved outside both instances (a third process): B learns of it from PostgreSQL alone.
    const decided = await decideCampaign(operator, { campaignId: campaign.id, decision: 'APPROVE', reason: '' });
    expect(decided.ok).toBe(true);
    expect(await within(2000, async () => (await page(1, path)).status === 200)).toBe(true);
  });
  it("shows a project made public on instance B's cached page within 2 s, and a private one never enters the cache", async () => {
    const owner = await createUser({ name: `私密项目主 ${Date.now()}`, roles: ['ENTREPRENEUR'] });
    const name = `私密项目 ${Date.now()}`;
    const project = await createProject(owner, { name, visibility: 'PRIVATE' });
    const path = `/projects/${project.id}`;
    const cookie = await signInOn(0, owner.email, TEST_PASSWORD);
    for (const i of [0, 1]) {
      // Its own team asking first, then a visitor: the public page holds nothing of it either way.
      for (const who of [cookie, undefined, cookie]) {
        const p = await page(i, path, who);
        expect(p.status).toBe(404);
        expect(p.html).not.toContain(name);
      }
      // The team's page of it is rendered per request for them, never stored.
      const own = await page(i, `${path}/view`, cookie);
      expect(own.status).toBe(200);
      expect(own.html).toContain(name);
      expect(own.cache).toBeNull();
      expect(own.csp).toMatch(/'nonce-/);
    }
    await db.project.update({ where: { id: project.id }, data: { visibility: 'PUBLIC' } });
    expect(await within(2000, async () => (await page(1, path)).html.includes(name))).toBe(true);
  });
  it("gives a signed-in member the visitor's cached HTML: nothing of theirs or of another member's in it", async () => {
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const campaign = await createCampaign(owner);
    const stamp = Date.now();
    const [me, other] = await Promise.all([createUser({ name: `支持者甲${stamp}` }), createUser({ name: `支持者乙${stamp}` })]);
    for (const [k, who] of [me, other].entries()) {
      const r = await createPledge(who, { campaignId: campaign.id, tierId: null, amountFen: 4_321 + k, idempotencyKey: `mine-${stamp}-${k}` });
      if (!r.ok) throw new Error(r.code);
    }
    const cookie = await signInOn(1, me.email, TEST_PASSWORD);
    const path = `/campaigns/${campaign.id}`;
    const member = await cachedPage(1, path, cookie);
    const visitor = await page(1, path);
    expect(member.status).toBe(200);
    expect(member.cache).toBe('HIT');
    expect(member.html).toBe(visitor.html);
    for (const secret of [me.name, me.email, other.name, other.email, '¥43.21', '¥43.22', 'my-pledges', me.id]) expect(member.html).not.toContain(secret);
    expect(member.csp).not.toMatch(/nonce/);
    expect(member.csp).toContain("frame-ancestors 'none'");
    // Their own parts come from /api/me and are never cached.
    const me2 = await fetch(`${base(1)}/api/me`, { headers: { Cookie: cookie } });
    expect(me2.headers.get('cache-control')).toContain('no-store');
    expect(((await me2.json()) as { user: { name: string } }).user.name).toBe(me.name);
  });
});

describe('cached task pages and browse entries on two instances', () => {
  it("shows a slot taken on instance B's cached task page and a new task on its cached board within 2 s", async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { mode: 'FIRST_COME', slots: 2, title: `两实例任务 ${Date.now()}` });
    const path = `/tasks/${task.id}`;
    // Until the announcements of the task's own creation have reached B, its render is not kept.
    const before = await cachedPage(1, path);
    expect(before.cache).toBe('HIT');
    expect(before.status).toBe(200);
    expect(before.html).toContain('剩余 2/2 个名额');

    const member = await createUser();
    const claimed = await claimTask(member, task.id);
    expect(claimed.ok).toBe(true);
    expect(await within(2000, async () => (await page(1, path)).html.includes('剩余 1/2 个名额'))).toBe(true);

    // The board without a query is a cached entry too; a task published anywhere is on it.
    expect(await within(2000, async () => (await page(1, '/tasks')).cache === 'HIT')).toBe(true);
    const title = `新任务上板 ${Date.now()}`;
    await createTask(poster, { title });
    expect(await within(2000, async () => (await page(1, '/tasks')).html.includes(title))).toBe(true);
    // A filtered view is rendered per request, with its own nonce.
    const filtered = await page(1, `/tasks?q=${encodeURIComponent(title)}`);
    expect(filtered.cache).toBeNull();
    expect(filtered.csp).toMatch(/'nonce-/);
    expect(filtered.html).toContain(title);
  });

  it("gives a signed-in member the visitor's cached task page: nothing of their application in it, and the cached board too", async () => {
    const poster = await createUser({ roles: ['OPERATOR'] });
    const task = await createTask(poster, { mode: 'REVIEW' });
    const stamp = Date.now();
    const me = await createUser({ name: `报名者${stamp}` });
    const note = `我的报名留言 ${stamp}`;
    const applied = await applyToTask(me, { taskId: task.id, note });
    expect(applied.ok).toBe(true);
    const cookie = await signInOn(0, me.email, TEST_PASSWORD);
    const path = `/tasks/${task.id}`;
    const member = await cachedPage(0, path, cookie);
    const visitor = await page(0, path);
    expect(member.status).toBe(200);
    expect(member.cache).toBe('HIT');
    expect(member.html).toBe(visitor.html);
    for (const secret of [me.name, me.email, me.id, note]) expect(member.html).not.toContain(secret);
    expect(member.csp).not.toMatch(/nonce/);
    // The board without a query is the same cached HTML for them: their tools and the tasks only
    // members see come through its island, never in the HTML.
    expect(await within(2000, async () => (await page(0, '/tasks', cookie)).cache === 'HIT')).toBe(true);
    const board = await page(0, '/tasks', cookie);
    expect(board.cache).not.toBeNull();
    expect(board.csp).not.toMatch(/nonce/);
    for (const secret of [me.name, me.email, me.id]) expect(board.html).not.toContain(secret);
    // The internal entry route is no page of its own.
    expect((await page(0, '/entry/tasks')).status).toBe(404);
  });
});

describe('cached participation pages on two instances', () => {
  it("shows a new proposal on instance B's cached consultations page within 2 s", async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const title = `两实例征集 ${Date.now()}`;
    const created = await createConsultation(operator, {
      title,
      description: '请告诉我们。',
      opensAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      audience: 'PUBLIC',
      categories: [],
      answerDeadlineDays: 10,
      supportThreshold: null,
    });
    if (!created.ok) throw new Error(created.code);
    /** The consultation's card on the page: its proposal count sits in it. */
    const card = (html: string) => html.split('<li').find((li) => li.includes(title)) ?? '';
    expect(await within(2000, async () => card((await page(1, '/participate')).html).includes('0 条提议'))).toBe(true);
    expect(await within(2000, async () => (await page(1, '/participate')).cache === 'HIT')).toBe(true);

    const author = await createUser();
    const proposed = await createProposal(author, created.data.id, { title: '工位区增加插座', body: '靠窗一排没有插座。', category: '' });
    if (!proposed.ok) throw new Error(proposed.code);
    expect(await within(2000, async () => card((await page(1, '/participate')).html).includes('1 条提议'))).toBe(true);
  });
});

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

  it("escalates an overdue proposal once, with one notification per admin, when both instances' job workers run the sweep", async () => {
    const admins = await Promise.all([createUser({ roles: ['ADMIN'] }), createUser({ roles: ['ADMIN'] })]);
    const created = await createProposal(await createUser(), 'suggestion-box', { title: '双实例督办', body: '答复期限早已过去。', category: '' });
    if (!created.ok) throw new Error(created.code);
    const id = created.data.id;
    // Submitted 60 days ago: far past the suggestion box's deadline in working days.
    await db.proposal.update({ where: { id }, data: { createdAt: new Date(Date.now() - 60 * 86_400_000) } });

    // The test only puts sweep jobs on the instances' queue; their workers take them, each
    // instance in turn, and each job's output names the process that ran it.
    const queue = 'participation.escalate';
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, supervise: false, schedule: false, migrate: false, createSchema: false });
    boss.on('error', () => undefined);
    await boss.start();
    type Sweep = { pid: number; escalated: string[] };
    const pids = new Set(servers.map((s) => s.pid));
    const ranOn = new Set<number>();
    try {
      for (let round = 0; round < 60 && ranOn.size < 2; round++) {
        const sent: string[] = [];
        for (let k = 0; k < 4; k++) {
          // The instances create the queue as they start: until then, sending is refused.
          const jobId = await boss.send(queue, { probe: id }).catch(() => null);
          if (jobId) sent.push(jobId);
        }
        for (let wait = 0; wait < 60 && sent.length > 0; wait++) {
          const jobs = await Promise.all(sent.map((jobId) => boss.getJobById(queue, jobId)));
          if (jobs.every((j) => j && (j.state === 'completed' || j.state === 'failed'))) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        await new Promise((r) => setTimeout(r, 500));
        for (const j of await boss.findJobs<{ probe: string }>(queue, { data: { probe: id } })) {
          const out = j.output as Partial<Sweep> | null;
          if (j.state === 'completed' && out?.pid && pids.has(out.pid)) ranOn.add(out.pid);
        }
      }
      expect(ranOn).toEqual(pids);

      // Every sweep either instance ran, the scheduled ones included: one of them escalated it.
      const sweeps = (await boss.findJobs(queue, { limit: 100_000 })).filter((j) => j.state === 'completed').map((j) => j.output as Partial<Sweep> | null);
      expect(sweeps.filter((o) => o?.escalated?.includes(id))).toHaveLength(1);
    } finally {
      await boss.stop({ graceful: false });
    }
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).escalatedAt).not.toBeNull();
    const everyAdmin = (await db.userRole.findMany({ where: { role: 'ADMIN' }, select: { userId: true } })).map((r) => r.userId);
    const notes = await db.notification.findMany({ where: { kind: 'proposalEscalated', subjectId: id }, select: { userId: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([...everyAdmin].sort());
    for (const admin of admins) expect(notes.filter((n) => n.userId === admin.id)).toHaveLength(1);
  }, 200_000);

  it("tells each affected booker exactly once when both instances take a machine out of service at once, and when both instances' job workers extend the block", async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const reporter = await createUser();
    const machine = await createResource({ kind: 'EQUIPMENT', horizonDays: 14 });
    const reported = await reportFault(reporter, { resourceId: machine.id, categoryId: 'fc_machine', description: '激光管不亮 / tube does not fire', location: '', anonymous: false });
    if (!reported.ok) throw new Error(reported.code);
    const faultId = reported.data.id;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const bookers = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    for (const [k, b] of bookers.entries()) {
      const r = await createBooking(b, { resourceId: machine.id, startsAt: zonedInstant(addDays(today, 1 + k), '10:00', 'Asia/Shanghai'), durationMinutes: 60 });
      if (!r.ok) throw new Error(r.code);
    }
    const told = (ids: string[]) =>
      Promise.all(ids.map(async (userId) => [await db.notification.count({ where: { userId, kind: 'faultBookingAffected' } }), await db.mailMessage.count({ where: { userId, kind: 'faultBookingAffected' } })]));

    // The operator's "take out of service" submitted from both instances, three times each, at once.
    const cookies = [await signInOn(0, operator.email, TEST_PASSWORD), await signInOn(1, operator.email, TEST_PASSWORD)];
    const action = { filename: 'lib/faults/actions.ts', exportedName: 'outOfServiceAction' };
    const responses = await Promise.all(Array.from({ length: 6 }, (_, k) => callActionOn(k % 2, cookies[k % 2], `/operate/faults/${faultId}`, action, { faultId, note: '激光管损坏' })));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(responses.filter((r) => r.text.includes('"ok":true'))).toHaveLength(1);
    expect(responses.filter((r) => r.text.includes('"code":"STATE_CHANGED"'))).toHaveLength(5);
    expect(await db.maintenanceBlock.count({ where: { resourceId: machine.id } })).toBe(1);
    expect(await db.faultBookingNotice.count({ where: { faultId } })).toBe(4);
    expect(await told(bookers.map((b) => b.id))).toEqual(Array(4).fill([1, 1]));

    // The horizon grows: a member books past the block's current end, before the hourly job
    // extends it. Six extension jobs go to the shared queue, where both instances' workers fetch
    // them (whichever is first); the block covers the late booking and its booker is told once.
    await db.resource.update({ where: { id: machine.id }, data: { horizonDays: 30 } });
    const late = await createUser();
    const lateBooking = await createBooking(late, { resourceId: machine.id, startsAt: zonedInstant(addDays(today, 20), '10:00', 'Asia/Shanghai'), durationMinutes: 60 });
    if (!lateBooking.ok) throw new Error(lateBooking.code);
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, supervise: false, schedule: false, migrate: false });
    await boss.start();
    try {
      const queue = 'faults.extend-out-of-service';
      const jobIds = (await Promise.all(Array.from({ length: 6 }, () => boss.send(queue, {})))).filter((id): id is string => id !== null);
      expect(jobIds).toHaveLength(6);
      const finished = await eventually(async () => {
        const jobs = await Promise.all(jobIds.map((id) => boss.getJobById(queue, id)));
        return jobs.every((j) => j?.state === 'completed');
      });
      expect(finished).toBe(true);
    } finally {
      await boss.stop({ graceful: false });
    }
    expect(await db.faultBookingNotice.count({ where: { faultId } })).toBe(5);
    expect(await told([...bookers.map((b) => b.id), late.id])).toEqual(Array(5).fill([1, 1]));
  }, 150_000);

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
