/**
 * npm run bench:lighthouse: Lighthouse (mobile profile, simulated throttling) on the home page,
 * the campaign and project browse pages, /events, and one campaign, project and event page of the
 * production build, in the system's Chromium (CHROME_PATH, default /usr/bin/chromium). Each page runs
 * LIGHTHOUSE_RUNS times (default 3) and is reported by its median run. Prints the scores and writes
 * bench/lighthouse.json and bench/LIGHTHOUSE.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { ensureAuthSecret } from '../lib/auth-secret';
import { ensureBuild } from '../lib/build';
import { DATA_DIR } from '../lib/with-database';
import { ensureSmallDatabase, openBenchCluster } from './databases';
import { startServer } from './server';

const log = (line: string) => console.log(`[lighthouse] ${line}`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type PageScores = { page: string; path: string; scores: Record<string, number>; metrics: Record<string, string>; failedAudits: string[]; lcpElement: string; runs: number[] };

async function main() {
  const cluster = await openBenchCluster(log);
  const url = await ensureSmallDatabase(cluster.url, log);
  await ensureBuild(log);
  const app = await startServer({ port: Number(process.env.ZCS_BENCH_PORT ?? 3250), databaseUrl: url, authSecret: ensureAuthSecret(DATA_DIR) });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // One public item of each kind, the most visited-looking one, so runs are comparable.
  const one = async (sql: string) => (await c.query(sql)).rows[0]?.id as string;
  const campaign = await one(`SELECT c.id FROM "Campaign" c JOIN "Project" p ON p.id = c."projectId" WHERE c.status = 'LIVE' AND p.visibility = 'PUBLIC' ORDER BY c."backerCount" DESC, c.id LIMIT 1`);
  const project = await one(`SELECT id FROM "Project" WHERE visibility = 'PUBLIC' AND "hiddenAt" IS NULL ORDER BY "createdAt", id LIMIT 1`);
  const event = await one(`SELECT id FROM "Event" WHERE status = 'PUBLISHED' AND "startsAt" > now() ORDER BY "startsAt", id LIMIT 1`);
  await c.end();
  const pages = [
    { page: 'home', path: '/' },
    { page: 'campaigns', path: '/campaigns' },
    { page: 'campaign page', path: `/campaigns/${campaign}` },
    { page: 'projects', path: '/projects' },
    { page: 'project page', path: `/projects/${project}` },
    { page: 'events', path: '/events' },
    { page: 'event page', path: `/events/${event}` },
  ];

  let results: PageScores[];
  try {
    log(`${pages.map((p) => p.path).join(', ')} in ${process.env.CHROME_PATH ?? '/usr/bin/chromium'} ...`);
    const out = execFileSync(process.execPath, [path.join('scripts', 'bench', 'lighthouse-run.mjs'), ...pages.map((p) => app.base + p.path)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const raw = JSON.parse(out) as Omit<PageScores, 'page' | 'path'>[];
    results = raw.map((r, i) => ({ ...pages[i], scores: r.scores, metrics: r.metrics, failedAudits: r.failedAudits, lcpElement: r.lcpElement, runs: r.runs }));
  } finally {
    await app.stop();
    await cluster.stop();
  }

  const dir = path.resolve('bench');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'lighthouse.json'), JSON.stringify({ date: new Date().toISOString(), profile: 'mobile, simulated throttling', results }, null, 2) + '\n');
  const md = [
    '# Lighthouse',
    '',
    `Written by \`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Lighthouse's mobile profile (simulated slow 4G and CPU), production build, demo data. Targets: performance >= 95, accessibility = 100, CLS 0. Each page ran ${results[0]?.runs.length ?? 0} times after one discarded warm-up load; the table shows the run with the median performance score, and the last column every run's.`,
    '',
    `| page | ${CATEGORIES.join(' | ')} | FCP | LCP | TBT | CLS | performance of each run |`,
    `|---|${CATEGORIES.map(() => '---').join('|')}|---|---|---|---|---|`,
    ...results.map((r) => `| ${r.page} | ${CATEGORIES.map((k) => r.scores[k]).join(' | ')} | ${r.metrics.FCP} | ${r.metrics.LCP} | ${r.metrics.TBT} | ${r.metrics.CLS} | ${r.runs.join(', ')} |`),
    '',
    ...results.flatMap((r) => [
      ...(r.failedAudits.length ? [`Audits below 90 on ${r.page}:`, '', ...r.failedAudits.map((a) => `- ${a}`), ''] : []),
      ...(r.lcpElement ? [`Largest contentful paint on ${r.page}: \`${r.lcpElement.replace(/`/g, "'")}\``, ''] : []),
    ]),
  ];
  fs.writeFileSync(path.join(dir, 'LIGHTHOUSE.md'), md.join('\n'));
  console.log('\npage            ' + CATEGORIES.map((k) => k.padStart(15)).join(''));
  for (const r of results) console.log(r.page.padEnd(16) + CATEGORIES.map((k) => String(r.scores[k]).padStart(15)).join(''));
  const missed = results.filter((r) => r.scores.performance < 95 || r.scores.accessibility < 100);
  console.log(missed.length ? `\nbelow target (performance >= 95, accessibility = 100): ${missed.map((r) => r.page).join(', ')}` : '\nall pages meet performance >= 95 and accessibility = 100');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
