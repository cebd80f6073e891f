/**
 * Lists every SQL statement one request runs, on a benchmark database (after `npm run bench`):
 *
 *   npm run bench:statements -- [--dataset small|large] [--as founder@demo.zcs.cn] /campaigns /dashboard ...
 *
 * Handy when SQL/req in bench/RESULTS.md grows: it shows which statements a page repeats.
 */
import path from 'node:path';
import pg from 'pg';
import { ensureAuthSecret } from '../lib/auth-secret';
import { ensureBuild } from '../lib/build';
import { withDatabase } from '../lib/database-url';
import { startEmbeddedDatabase } from '../lib/embedded-db';
import { DATA_DIR } from '../lib/with-database';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-logins';
import { signIn, startServer } from './server';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const dataset = arg('dataset', 'small');
  const as = arg('as', '');
  const paths = process.argv.slice(2).filter((a, i, all) => a.startsWith('/') && !['--dataset', '--as'].includes(all[i - 1]));
  const cluster = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedDatabase({
        dataDir: path.join(DATA_DIR, 'pg-bench'),
        port: Number(process.env.ZCS_BENCH_PG_PORT ?? 54359),
        database: 'postgres',
        settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' },
      });
  const url = withDatabase(cluster.url, `zcs_bench_${dataset}`);
  await ensureBuild((l) => console.log(l));
  const app = await startServer({ port: Number(process.env.ZCS_BENCH_PORT ?? 3250), databaseUrl: url, authSecret: ensureAuthSecret(DATA_DIR) });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const headers: Record<string, string> = as ? { Cookie: await signIn(app.base, as, DEMO_PASSWORD) } : {};
    for (const p of paths) {
      await (await fetch(app.base + p, { headers })).arrayBuffer(); // warm-up
      await c.query('SELECT pg_stat_statements_reset()');
      const res = await fetch(app.base + p, { headers });
      await res.arrayBuffer();
      const { rows } = await c.query(
        `SELECT calls::int, round(mean_exec_time::numeric, 2) AS ms, regexp_replace(query, '\\s+', ' ', 'g') AS q FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
          ORDER BY calls DESC, total_exec_time DESC`,
      );
      console.log(`\n${p} -> ${res.status}: ${rows.reduce((s, r) => s + r.calls, 0)} statements`);
      for (const r of rows) console.log(`  ${String(r.calls).padStart(3)} × ${String(r.ms).padStart(7)} ms  ${r.q.slice(0, 220)}`);
    }
  } finally {
    await c.end();
    await app.stop();
    await cluster.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
