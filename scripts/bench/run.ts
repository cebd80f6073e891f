/**
 * npm run bench: seeds a small (demo) and a large data set into their own databases, builds
 * and starts the production server on each, counts SQL statements per request, loads every
 * key route with autocannon next to a static floor, checks booking contention, and writes
 * bench/results.json and bench/RESULTS.md.
 *
 *   npm run bench -- [--duration 30] [--connections 8] [--reuse] [--only small|large]
 */
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureAuthSecret } from '../lib/auth-secret';
import { ensureBuild } from '../lib/build';
import { withDatabase } from '../lib/database-url';
import { migrate, seed } from '../lib/run';
import { counts, databaseExists, openBenchCluster, recreate } from './databases';
import { DATA_DIR } from '../lib/with-database';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-logins';
import { benchToken, bookingContention } from './contention';
import { firstLoadJs } from './frontend';
import { load } from './load';
import { openStats } from './queries';
import { writeReport, type DatasetRun, type Report } from './report';
import { seedLarge } from './seed-large';
import { signIn, startServer } from './server';

const log = (line: string) => console.log(`[bench] ${line}`);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const DURATION = Number(arg('duration', '30'));
const CONNECTIONS = Number(arg('connections', '8'));
const REUSE = process.argv.includes('--reuse');
const ONLY = arg('only', '');
const PORT = Number(process.env.ZCS_BENCH_PORT ?? 3250);
const SAMPLES = 10;

/** The routes under load; ids and the deep cursor are looked up in the data set itself. */
async function resolveRoutes(base: string, url: string, cookie: string, token: string, operatorCookie: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const campaign = (
    await c.query(
      `SELECT c.id FROM "Campaign" c JOIN "Project" p ON p.id = c."projectId" LEFT JOIN "Pledge" g ON g."campaignId" = c.id
        WHERE c.status = 'LIVE' AND p.visibility = 'PUBLIC' GROUP BY c.id ORDER BY count(g.id) DESC, c.id LIMIT 1`,
    )
  ).rows[0].id as string;
  const first = async (sql: string) => ((await c.query(sql)).rows[0]?.id as string | undefined) ?? 'none';
  const project = await first(`SELECT id FROM "Project" WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 1`);
  const event = await first(`SELECT id FROM "Event" WHERE status = 'PUBLISHED' ORDER BY "startsAt" DESC, id LIMIT 1`);
  const task = await first(`SELECT t.id FROM "Task" t LEFT JOIN "Project" p ON p.id = t."projectId" WHERE t.status = 'OPEN' AND (p.id IS NULL OR p.visibility = 'PUBLIC') ORDER BY t.id LIMIT 1`);
  const member = await first(`SELECT u.id FROM "User" u WHERE u.email = 'founder@demo.zcs.cn'`);
  const room = (await c.query(`SELECT r.id FROM "Resource" r LEFT JOIN "Booking" b ON b."resourceId" = r.id WHERE r.kind = 'MEETING_ROOM' GROUP BY r.id ORDER BY count(b.id) DESC, r.id LIMIT 1`)).rows[0].id as string;
  await c.end();

  // The deepest page reachable in ten "next" links of the browse page. Always a per-request
  // render: where the list has one page only (the demo data), the same list with its default sort
  // written out, which the cached entry does not answer (lib/cache/entry-pages.ts).
  let deep = '/campaigns?sort=trending';
  for (let i = 0; i < 10; i++) {
    const html = await (await fetch(base + deep)).text();
    const next = /href="(\/campaigns\?[^"]*cursor=[^"]+)"/.exec(html)?.[1];
    if (!next) break;
    deep = next.replace(/&amp;/g, '&');
  }
  const from = new Date(Date.now() + 24 * 3600_000);
  const to = new Date(from.getTime() + 7 * 24 * 3600_000);
  const auth = { Cookie: cookie };
  const bearer = { Authorization: `Bearer ${token}` };
  // Each public page twice: a visitor, and a signed-in member (the same cached HTML where the
  // page is cached; the member's personal parts load afterwards and are not in these figures).
  const publicPages: [string, string][] = [
    ['home', '/'],
    ['campaigns', '/campaigns'],
    ['campaign page', `/campaigns/${campaign}`],
    ['projects', '/projects'],
    ['project page', `/projects/${project}`],
    ['events', '/events'],
    ['event page', `/events/${event}`],
    ['tasks', '/tasks'],
    ['task page', `/tasks/${task}`],
    ['leaderboard', '/leaderboard'],
    ['member page', `/members/${member}`],
  ];
  return [
    ...publicPages.flatMap(([name, path]) => [
      { name, path, headers: {} },
      { name: `${name} (member)`, path, headers: auth },
    ]),
    { name: 'campaigns (deep page)', path: deep, headers: {} },
    { name: 'resource week calendar', path: `/bookings/resources/${room}`, headers: auth },
    { name: 'bookings (signed in)', path: '/bookings', headers: auth },
    { name: 'operator console', path: '/operate', headers: { Cookie: operatorCookie } },
    { name: 'API availability', path: `/api/v1/resources/${room}/availability?from=${from.toISOString()}&to=${to.toISOString()}`, headers: bearer },
    { name: 'API campaigns', path: '/api/v1/campaigns', headers: {} },
    { name: 'dashboard (signed in)', path: '/dashboard', headers: auth },
  ] as { name: string; path: string; headers: Record<string, string> }[];
}

const FLOOR = { name: 'static floor (/robots.txt)', path: '/robots.txt', headers: {} as Record<string, string> };

async function main() {
  const started = Date.now();
  const datasets = (['small', 'large'] as const).filter((d) => !ONLY || d === ONLY);
  const external = process.env.DATABASE_URL;
  log(external ? 'using the PostgreSQL server at DATABASE_URL (benchmark databases zcs_bench_small / zcs_bench_large)' : 'starting the benchmark PostgreSQL (.data/pg-bench) ...');
  const server = await openBenchCluster(log);
  const authSecret = ensureAuthSecret(DATA_DIR);
  const runs: DatasetRun[] = [];
  let contention: Report['contention'] = null;
  let weights: Report['weights'] = [];
  let hot: Report['hotQueries'] = [];
  const seedSeconds: Record<string, number> = {};
  try {
    for (const name of datasets) {
      const url = withDatabase(server.url, `zcs_bench_${name}`);
      if (REUSE && (await databaseExists(url))) {
        log(`${name} data set: reusing zcs_bench_${name}`);
        continue;
      }
      const t0 = Date.now();
      log(`${name} data set: creating zcs_bench_${name}, migrating, loading the demo data ...`);
      await recreate(url);
      await migrate(url, true);
      await seed(url);
      if (name === 'large') await seedLarge(url, log);
      seedSeconds[name] = Math.round((Date.now() - t0) / 100) / 10;
      log(`${name} data set ready in ${seedSeconds[name]} s`);
    }
    await ensureBuild(log);

    for (const name of datasets) {
      const url = withDatabase(server.url, `zcs_bench_${name}`);
      const rows = await counts(url);
      log(`${name}: ${Object.entries(rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
      const app = await startServer({ port: PORT, databaseUrl: url, authSecret });
      const stats = await openStats(url);
      try {
        const cookie = await signIn(app.base, 'founder@demo.zcs.cn', DEMO_PASSWORD);
        const token = await benchToken(url, 'founder@demo.zcs.cn', 0);
        const operatorCookie = await signIn(app.base, 'operator@demo.zcs.cn', DEMO_PASSWORD);
        const routes = await resolveRoutes(app.base, url, cookie, token, operatorCookie);
        for (const r of [FLOOR, ...routes]) {
          const res = await fetch(app.base + r.path, { headers: r.headers, redirect: 'manual' });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${r.name} (${r.path}) answered ${res.status}, not 200`);
        }
        if (name === datasets[0]) {
          log('first-load JavaScript per route ...');
          weights = [];
          for (const r of routes.filter((x) => !x.path.startsWith('/api/') && x.name !== 'campaigns (deep page)')) weights.push(await firstLoadJs(app.base, r.name, r.path, r.headers));
        }
        log(`${name}: SQL statements per request (${SAMPLES} sequential requests each, after warm-up) ...`);
        const queries: Record<string, number | null> = {};
        for (const r of [FLOOR, ...routes]) {
          const request = async () => void (await (await fetch(app.base + r.path, { headers: r.headers })).arrayBuffer());
          for (let i = 0; i < 3; i++) await request();
          queries[r.name] = await stats.perRequest(request, SAMPLES);
        }
        await stats.reset();
        const results: DatasetRun['routes'] = [];
        const floors = [];
        const all = [FLOOR, ...routes, FLOOR];
        for (const [i, r] of all.entries()) {
          log(`${name}: ${i + 1}/${all.length} ${r.name}: ${CONNECTIONS} connections for ${DURATION} s ...`);
          const res = await load(app.base + r.path, { connections: CONNECTIONS, duration: DURATION, headers: r.headers });
          if (r === FLOOR) floors.push(res);
          else results.push({ name: r.name, path: r.path, ...res, queries: queries[r.name] ?? null });
          log(`   ${res.rps} req/s, p50 ${res.p50} ms, p95 ${res.p95} ms, p99 ${res.p99} ms, errors ${res.errors}, non-2xx ${res.non2xx}`);
        }
        if (name === 'large') {
          hot = await stats.hotPlans(8);
          log(`${name}: booking contention: 200 members, one slot, at once ...`);
          contention = await bookingContention(app.base, url, 200);
          log(`   created ${contention.created}, conflicts ${contention.conflicts}, other ${JSON.stringify(contention.other)}`);
        }
        runs.push({ dataset: name, rows, floor: floors, floorQueries: queries[FLOOR.name] ?? null, routes: results });
      } finally {
        await stats.end();
        await app.stop();
      }
    }
  } finally {
    await server.stop();
  }
  const report: Report = {
    date: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    settings: { durationSeconds: DURATION, connections: CONNECTIONS, samplesForQueries: SAMPLES },
    seedSeconds,
    runs,
    contention,
    weights,
    hotQueries: hot,
  };
  writeReport(report, path.resolve('bench'));
  log(`done in ${Math.round((Date.now() - started) / 1000)} s: bench/RESULTS.md, bench/results.json`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
