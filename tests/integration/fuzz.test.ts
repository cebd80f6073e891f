import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/api-tokens/service';
import { createCampaign, createEvent, createProject, createResource, createTask, createUser } from '../factories';

/**
 * Malformed input against a production server (`next start` on the build `npm test` makes): every
 * JSON API route found under app/api/v1, the main pages, and server actions. Nothing may answer
 * 5xx. The seed is fixed, so a run is repeatable; a failure prints the request that caused it.
 */
const PORT = Number(process.env.PORT ?? 3303);
const BASE = `http://127.0.0.1:${PORT}`;
const SEED = 20_261_201;
const SECRET = 'fuzz-secret-fuzz-secret-fuzz-secret-00';
const API_ROOT = path.resolve('app', 'api', 'v1');

let server: ChildProcess;
let serverLog = '';
let sent = 0;
const failures: string[] = [];
const ids: Record<string, string> = {};
let token = '';

// ---------------------------------------------------------------- routes from the file system

type Route = { template: string; methods: string[] };

function discoverRoutes(dir = API_ROOT): Route[] {
  const routes: Route[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...discoverRoutes(full));
    else if (entry.name === 'route.ts') {
      const source = fs.readFileSync(full, 'utf8');
      const methods = new Set<string>();
      for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      const rel = path.relative(path.resolve('app'), path.dirname(full)).split(path.sep).join('/');
      routes.push({ template: `/${rel}`, methods: [...methods].sort() });
    }
  }
  return routes.sort((a, b) => a.template.localeCompare(b.template));
}

// ---------------------------------------------------------------- malformed pieces

/** Percent-encodes the UTF-8 bytes of any string (a lone surrogate becomes U+FFFD, as in a browser). */
function pct(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const BROKEN_ESCAPES = ['%E0%A4%A', '%', '%Z9', '%00', '%ED%A0%80', '%C0%AF', '%FF%FE', 'a%2', '%25%', '%u0041'];
const NASTY_TEXT = ['\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '𝕏'.repeat(30), "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', ' ', '', '-1', '1e309', 'NaN', 'null', '[]', '{}'];

/** Raw (already encoded) path segment or query value: broken escapes, NULs, huge or odd text. */
const rawComponent = fc.oneof(
  fc.constantFrom(...BROKEN_ESCAPES),
  fc.constantFrom(...NASTY_TEXT).map(pct),
  fc.string({ maxLength: 40 }).map(pct),
  // Long, but inside Node's 16 KB header limit (a longer request line is refused by the HTTP parser).
  fc.nat({ max: 1000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('9'.repeat(40), '-99999999999', '0', '2147483648', '+275760-09-13', '0000-01-01', '99999-12-31T00:00', '2026-02-30', '2026-11-23T25:61'),
);

const QUERY_KEYS = ['q', 'cursor', 'limit', 'sector', 'stage', 'need', 'kind', 'scope', 'from', 'to', 'freeAt', 'zone', 'category', 'location', 'bounty', 'matches', 'sort', 'funded', 'endingSoon', 'week', 'period', 'next'];

const rawQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), rawComponent), rawComponent, fc.boolean()), { maxLength: 6 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v, dup]) => (dup ? `${k}=${v}&${k}=` : `${k}=${v}`)).join('&')}` : ''));

const FIELD_NAMES = ['title', 'name', 'body', 'note', 'reason', 'message', 'role', 'links', 'amountFen', 'tierId', 'resourceId', 'startsAt', 'durationMinutes', 'projectId', 'description', 'answers'];

const fuzzValue = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ maxLength: 50 }),
  fc.constantFrom(2 ** 31, 2 ** 53, -1, 0, 1.5, 1e308, -0, 59.999),
  fc.constantFrom('0000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '2026-11-23T10:00:00+08:00', 'not a date'),
  fc.constantFrom('MENTOR', 'INVESTOR', 'ADMIN', 'OPERATOR'),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.nat({ max: 200_000 }).map((n) => 'y'.repeat(n)),
);

/** A body as the bytes to send: well-formed JSON with bad values, broken JSON, or other types. */
const rawBody = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })), fuzzValue, { maxKeys: 6 }).map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('{"title":"\\u0000"}', '{"reason":"\\ud800"}', '{"a":', '{"a":1}}', '', ' ', 'null', '[', '\u0000', '{"__proto__":{"x":1}}', '{"amountFen":99999999999999999999999}'),
  fc.nat({ max: 60 }).map((n) => `${'['.repeat(n * 100)}${']'.repeat(n * 100)}`),
  fc.string({ maxLength: 200 }),
);

const contentType = fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zzz', 'application/merge-patch+json', 'application/json; charset=utf-16', '\u00ff/\u00ff');

function authHeader(kind: number): string | undefined {
  switch (kind) {
    case 0:
      return undefined;
    case 1:
      return `Bearer ${token}`;
    case 2:
      return 'Bearer ';
    case 3:
      return 'Bearer zcs_000000000000000000000000000000000000';
    case 4:
      return `Basic ${Buffer.from('a:b').toString('base64')}`;
    case 5:
      return `Bearer ${'z'.repeat(5000)}`;
    default:
      return `Bearer ${token}x`;
  }
}

const requestExtras = fc.record({
  auth: fc.nat({ max: 6 }),
  type: contentType,
  language: fc.constantFrom(undefined, 'en', 'zh-CN', '*', 'xx;q=abc', 'en-US,en;q=0.9', '\u00e9'),
  idempotencyKey: fc.oneof(fc.constant(undefined), fc.nat({ max: 200 }).map((n) => 'k'.repeat(n)), fc.constantFrom('\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9')),
});

// ---------------------------------------------------------------- sending

function latin1(v: string) {
  // Header values must be bytes: a fuzzed value outside Latin-1 is sent as its UTF-8 bytes.
  return Buffer.from(v, 'utf8').toString('latin1');
}

async function send(method: string, pathAndQuery: string, init: { headers?: Record<string, string | undefined>; body?: string | FormData } = {}) {
  sent++;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(init.headers ?? {})) if (v !== undefined) headers[k] = latin1(v);
  const withBody = method !== 'GET' && method !== 'HEAD';
  let status: number;
  let text = '';
  try {
    const res = await fetch(`${BASE}${pathAndQuery}`, { method, headers, body: withBody ? init.body : undefined, redirect: 'manual' });
    status = res.status;
    text = await res.text();
  } catch (error) {
    failures.push(`${method} ${short(pathAndQuery)}: request failed (${String(error)})`);
    return 0;
  }
  if (status >= 500) failures.push(`${method} ${short(pathAndQuery)} [${JSON.stringify(headers).slice(0, 300)}] body=${short(String(init.body ?? ''))} -> ${status} ${text.slice(0, 200)}`);
  return status;
}

function short(s: string) {
  return s.length > 160 ? `${s.slice(0, 160)}…(${s.length} characters)` : s;
}

function fill(template: string, segments: string[]): string {
  let i = 0;
  return template
    .split('/')
    .map((part) => {
      if (part.startsWith('[...')) return segments[i++ % segments.length] + '/' + segments[(i + 1) % segments.length];
      if (part.startsWith('[')) return segments[i++ % segments.length];
      return part;
    })
    .join('/');
}

async function waitUp() {
  for (let i = 0; i < 480; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited: ${serverLog.slice(-2000)}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start');
}

beforeAll(async () => {
  if (!fs.existsSync(path.resolve('.next', 'BUILD_ID'))) throw new Error('no production build: run `npm test` (it builds first) or `npm run build`');
  server = spawn(path.resolve('node_modules', '.bin', 'next'), ['start', '-p', String(PORT)], {
    env: { ...process.env, NODE_ENV: 'production', AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-20_000);
  });
  const owner = await createUser({ roles: ['ENTREPRENEUR', 'OPERATOR'] });
  const created = await createApiToken(owner, { name: 'fuzz' });
  if (!created.ok) throw new Error(created.code);
  token = created.data.token;
  const campaign = await createCampaign(owner);
  ids.campaign = campaign.id;
  ids.project = (await createProject(owner)).id;
  ids.task = (await createTask(owner)).id;
  ids.event = (await createEvent(owner)).id;
  ids.resource = (await createResource()).id;
  await waitUp();
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  console.log(`[fuzz] sent ${sent} malformed requests (seed ${SEED}); ${failures.length} answered 5xx`);
});

const segment = fc.oneof(
  fc.constantFrom('campaign', 'project', 'task', 'event', 'resource').map((k) => ids[k] ?? 'x'),
  rawComponent,
);

describe('malformed input never answers 5xx', () => {
  const routes = discoverRoutes();

  it('finds the JSON API routes on disk', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => r.template)).toContain('/api/v1/campaigns/[id]/pledges');
  });

  for (const route of routes) {
    for (const method of route.methods) {
      it(`${method} ${route.template}`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(segment, { minLength: 2, maxLength: 2 }), rawQuery, rawBody, requestExtras, async (segments, query, body, extra) => {
            const status = await send(method, fill(route.template, segments) + query, {
              headers: {
                authorization: authHeader(extra.auth),
                'content-type': extra.type,
                'accept-language': extra.language,
                'idempotency-key': extra.idempotencyKey,
              },
              body,
            });
            return status > 0 && status < 500;
          }),
          { seed: SEED + routes.indexOf(route), numRuns: 30, endOnFailure: true },
        );
      });
    }
  }

  // Chinese pages carry no prefix, English ones /en (a /zh-CN prefix only redirects).
  const PAGES = ['/', '/en', '/campaigns', '/en/campaigns', '/projects', '/en/projects', '/tasks', '/events', '/leaderboard', '/members', '/sign-in', '/en/sign-up', '/dashboard', '/bookings', '/mentors', '/zh-CN/projects'];
  const DETAIL = ['/campaigns/[id]', '/en/projects/[id]', '/projects/[id]', '/tasks/[id]', '/events/[id]', '/members/[id]', '/bookings/resources/[id]', '/[id]', '/en/[id]'];

  it('answers the main pages with malformed query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PAGES), rawQuery, requestExtras, async (page, query, extra) => {
        const status = await send('GET', page + query, { headers: { 'accept-language': extra.language } });
        return status > 0 && status < 500;
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
  });

  it('answers detail pages with malformed path segments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DETAIL), segment, rawQuery, async (page, seg, query) => {
        const status = await send('GET', fill(page, [seg]) + query);
        return status > 0 && status < 500;
      }),
      { seed: SEED, numRuns: 100, endOnFailure: true },
    );
  });

  it('refuses forged and malformed server-action calls with a 4xx', async () => {
    // Real action ids from the build, and made-up ones.
    const manifest = JSON.parse(fs.readFileSync(path.resolve('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, unknown> };
    const actionIds = Object.keys(manifest.node);
    expect(actionIds.length).toBeGreaterThan(0);
    const actionId = fc.oneof(fc.constantFrom(...actionIds), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 42 }), fc.string({ maxLength: 50 }));
    const actionBody = fc.oneof(
      rawBody,
      fc.constantFrom('["$K1"]', '["$@1"]', '[{"a":"$T"}]', '["$Q0"]', '[]', '["x"]', '[null,{"campaignId":"\\u0000"}]'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/', '/campaigns', '/dashboard', '/projects/new', '/en/sign-in'),
        actionId,
        actionBody,
        fc.constantFrom(undefined, 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=zzz', 'application/x-www-form-urlencoded'),
        fc.constantFrom(undefined, BASE, 'https://evil.example', 'null'),
        async (page, id, body, type, origin) => {
          const status = await send('POST', page, { headers: { 'next-action': id, 'content-type': type, origin, accept: 'text/x-component' }, body });
          return status > 0 && status < 500;
        },
      ),
      { seed: SEED, numRuns: 120, endOnFailure: true },
    );
    // A wide body (a million-element array) and a deep one.
    const wide = `[${'1,'.repeat(1_000_000)}1]`;
    expect(await send('POST', '/', { headers: { 'next-action': actionIds[0], 'content-type': 'text/plain;charset=UTF-8' }, body: wide })).toBe(400);
    expect(await send('POST', '/', { headers: { 'next-action': actionIds[0] }, body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` })).toBe(400);
  });

  it('refuses a form body over the size limit without a 5xx', async () => {
    const big = new FormData();
    big.set('logo', new Blob([new Uint8Array(7 * 1024 * 1024)], { type: 'image/png' }), 'big.png');
    expect(await send('POST', '/projects/new', { headers: { 'next-action': '0'.repeat(42) }, body: big })).toBe(413);
    const json = JSON.stringify({ role: 'MENTOR', message: 'm'.repeat(3 * 1024 * 1024) });
    expect(await send('POST', '/api/v1/me/role-requests', { headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: json })).toBe(413);
  });

  it('answers 404 for a page that does not exist and 400 for a broken address', async () => {
    expect(await send('GET', '/no-such-page')).toBe(404);
    expect(await send('GET', '/en/no/such/page')).toBe(404);
    expect(await send('GET', '/no-such-file.txt')).toBe(404);
    expect(await send('GET', `/projects/${'n'.repeat(24)}`)).toBe(404);
    expect(await send('GET', `/en/campaigns/${'n'.repeat(24)}`)).toBe(404);
    expect(await send('GET', '/zh-CN/projects/%E0%A4%A')).toBe(400);
    expect(await send('GET', '/projects/%E0%A4%A')).toBe(400);
    // Next re-encodes the query before the proxy sees it; the bad value is then dropped.
    expect(await send('GET', '/campaigns?q=%E0%A4%A')).toBe(200);
    expect(await send('GET', '/api/v1/projects/%E0%A4%A')).toBe(400);
    expect(await send('GET', '/api/v1/projects/%00')).toBe(400);
  });

  it('sent at least 700 malformed inputs, and none answered 5xx', () => {
    expect(sent).toBeGreaterThanOrEqual(700);
    if (failures.length) console.error(serverLog.slice(-5000));
    expect(failures).toEqual([]);
  });
});
