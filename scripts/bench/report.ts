/** The benchmark's table on the terminal, and bench/results.json + bench/RESULTS.md. */
import fs from 'node:fs';
import path from 'node:path';
import type { Contention } from './contention';
import type { Weight } from './frontend';
import type { LoadResult } from './load';
import type { HotQuery } from './queries';

export type RouteRun = LoadResult & { name: string; path: string; queries: number | null };
export type DatasetRun = { dataset: 'small' | 'large'; rows: Record<string, number>; floor: LoadResult[]; floorQueries: number | null; routes: RouteRun[] };
export type Report = {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string };
  settings: { durationSeconds: number; connections: number; samplesForQueries: number };
  seedSeconds: Record<string, number>;
  runs: DatasetRun[];
  contention: Contention | null;
  weights: Weight[];
  hotQueries: HotQuery[];
};

const PUBLIC_PAGES = ['home', 'campaigns', 'campaign page', 'projects', 'events'];
const WEIGHT_LIMIT_KB = 150;

const floorP95 = (run: DatasetRun) => run.floor.reduce((s, f) => s + f.p95, 0) / Math.max(1, run.floor.length);
const fmt = (n: number | null | undefined, digits = 1) => (n == null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

function table(headers: string[], rows: (string | number)[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function routeRows(run: DatasetRun, small?: DatasetRun) {
  const floor = floorP95(run);
  const rows: (string | number)[][] = run.floor.map((f, i) => [
    `static floor${run.floor.length > 1 ? ` (${i === 0 ? 'before' : 'after'})` : ''}`,
    f.rps,
    f.p50,
    f.p95,
    f.p99,
    f.errors + f.non2xx,
    f.status5xx,
    fmt(run.floorQueries),
    '1.0',
    '',
  ]);
  for (const r of run.routes) {
    const s = small?.routes.find((x) => x.name === r.name);
    rows.push([r.name, r.rps, r.p50, r.p95, r.p99, r.errors + r.non2xx, r.status5xx, fmt(r.queries), fmt(r.p95 / floor), s ? fmt(r.p95 / s.p95, 2) : '']);
  }
  return rows;
}

function targets(report: Report) {
  const large = report.runs.find((r) => r.dataset === 'large');
  const small = report.runs.find((r) => r.dataset === 'small');
  const out: { target: string; met: boolean; detail: string }[] = [];
  if (large) {
    const bad = large.routes.filter((r) => r.errors + r.non2xx + r.status5xx > 0);
    out.push({ target: 'zero errors and zero 5xx under load (large)', met: bad.length === 0, detail: bad.length ? bad.map((r) => `${r.name}: ${r.errors} errors, ${r.non2xx} non-2xx`).join('; ') : 'none' });
    const floor = floorP95(large);
    const slow = large.routes.filter((r) => r.p95 > 4 * floor);
    out.push({ target: 'p95 of every dynamic route <= 4x the static floor p95 (large)', met: slow.length === 0, detail: slow.length ? `over: ${slow.map((r) => `${r.name} ${fmt(r.p95 / floor)}x`).join(', ')}` : 'all within' });
  }
  if (large && small) {
    const drift = large.routes.filter((r) => {
      const s = small.routes.find((x) => x.name === r.name);
      return s && r.queries != null && s.queries != null && r.queries !== s.queries;
    });
    out.push({ target: 'SQL statements per request the same at small and large data', met: drift.length === 0, detail: drift.length ? drift.map((r) => `${r.name}: ${small.routes.find((x) => x.name === r.name)?.queries} -> ${r.queries}`).join('; ') : 'identical on every route' });
    const grown = large.routes.filter((r) => {
      const s = small.routes.find((x) => x.name === r.name);
      return s && r.p95 > 1.5 * s.p95;
    });
    out.push({ target: 'no route slower at large data than 1.5x itself at small (p95)', met: grown.length === 0, detail: grown.length ? grown.map((r) => `${r.name} ${fmt(r.p95 / (small.routes.find((x) => x.name === r.name)?.p95 ?? 1), 2)}x`).join(', ') : 'all within' });
  }
  if (report.contention) {
    const c = report.contention;
    out.push({
      target: `booking contention: ${c.attempts} at once -> 1 success, ${c.attempts - 1} conflicts, 0 errors`,
      met: c.created === 1 && c.conflicts === c.attempts - 1 && Object.keys(c.other).length === 0 && c.bookingsInSlot === 1,
      detail: `201: ${c.created}, 409 SLOT_TAKEN: ${c.conflicts}, other: ${JSON.stringify(c.other)}, active bookings in the slot afterwards: ${c.bookingsInSlot}`,
    });
  }
  const heavy = report.weights.filter((w) => PUBLIC_PAGES.includes(w.route) && w.gzipKb > WEIGHT_LIMIT_KB);
  if (report.weights.length) out.push({ target: `first-load JS of public pages <= ${WEIGHT_LIMIT_KB} KB gzipped`, met: heavy.length === 0, detail: heavy.length ? heavy.map((w) => `${w.route} ${w.gzipKb} KB`).join(', ') : 'all within' });
  return out;
}

const HEAD = ['route', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', '5xx', 'SQL/req', 'p95 / floor', 'p95 / small'];

export function writeReport(report: Report, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ ...report, targets: targets(report) }, null, 2) + '\n');

  const small = report.runs.find((r) => r.dataset === 'small');
  const md: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${report.date.slice(0, 16).replace('T', ' ')} UTC. Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB, Node ${report.machine.node}. ` +
      `The load generator (autocannon) runs on the same machine as the server and PostgreSQL: figures are comparable within a run, so read them as ratios to the static floor measured in the same run.`,
    '',
    `Each route: ${report.settings.connections} connections for ${report.settings.durationSeconds} s against \`next start\` (production build, job queue off). ` +
      `SQL/req: statements counted by PostgreSQL (pg_stat_statements, BEGIN/COMMIT included) over ${report.settings.samplesForQueries} sequential requests after a warm-up.`,
    '',
    '## Targets',
    '',
    table(['target', 'met', 'figures'], targets(report).map((t) => [t.target, t.met ? 'yes' : '**no**', t.detail])),
    '',
  ];
  for (const run of report.runs) {
    md.push(`## ${run.dataset === 'small' ? 'Small (demo) data set' : 'Large data set'}`, '');
    md.push(Object.entries(run.rows).map(([k, v]) => `${k}: ${v.toLocaleString('en')}`).join(' · ') + (report.seedSeconds[run.dataset] ? ` — loaded in ${report.seedSeconds[run.dataset]} s` : ''), '');
    md.push(table(HEAD, routeRows(run, run.dataset === 'large' ? small : undefined)), '');
  }
  if (report.contention) {
    const c = report.contention;
    md.push('## Booking contention', '', `${c.attempts} members with their own API tokens POST the same meeting-room slot at once over HTTP: ${c.created} × 201, ${c.conflicts} × 409 SLOT_TAKEN, other: ${JSON.stringify(c.other)}; active bookings in the slot afterwards: ${c.bookingsInSlot}.`, '');
  }
  if (report.weights.length) {
    md.push('## First-load JavaScript', '', 'Every script the page loads before it is interactive, from the production build (gzip level 9).', '');
    md.push(table(['route', 'scripts', 'raw KB', 'gzip KB'], report.weights.map((w) => [w.route, w.scripts, w.rawKb, w.gzipKb])), '');
  }
  if (report.hotQueries.length) {
    md.push('## Hot queries (large data set)', '', 'The statements with the most total execution time during the load runs, with the generic plan PostgreSQL uses for them.', '');
    for (const q of report.hotQueries) {
      md.push(`### ${q.calls.toLocaleString('en')} calls, ${q.meanMs} ms mean`, '', '```sql', q.query.length > 1200 ? q.query.slice(0, 1200) + ' …' : q.query, '```', '', '```', q.plan, '```', '');
    }
  }
  fs.writeFileSync(path.join(dir, 'RESULTS.md'), md.join('\n'));

  for (const run of report.runs) {
    console.log(`\n${run.dataset.toUpperCase()} data set`);
    const rows = routeRows(run, run.dataset === 'large' ? small : undefined);
    const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log(line(HEAD));
    rows.forEach((r) => console.log(line(r)));
  }
  if (report.weights.length) {
    console.log('\nFirst-load JS (gzip KB): ' + report.weights.map((w) => `${w.route} ${w.gzipKb}`).join(', '));
  }
  console.log('\nTargets:');
  for (const t of targets(report)) console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.target}: ${t.detail}`);
}
