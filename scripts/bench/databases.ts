/** The benchmark's own PostgreSQL (or the one at DATABASE_URL) and its databases. */
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../lib/database-url';
import { startEmbeddedDatabase, type DatabaseServer } from '../lib/embedded-db';
import { migrate, seed } from '../lib/run';
import { DATA_DIR } from '../lib/with-database';

/** .data/pg-bench on its own port, with statement statistics on; or DATABASE_URL's server. */
export async function openBenchCluster(log: (line: string) => void): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDatabase({
    dataDir: path.join(DATA_DIR, 'pg-bench'),
    port: Number(process.env.ZCS_BENCH_PG_PORT ?? 54359),
    database: 'postgres',
    log,
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.max': '10000' },
  });
}

/** The small (demo) benchmark database, created and seeded when missing. */
export async function ensureSmallDatabase(serverUrl: string, log: (line: string) => void): Promise<string> {
  const url = withDatabase(serverUrl, 'zcs_bench_small');
  if (!(await databaseExists(url))) {
    log('creating zcs_bench_small with the demo data ...');
    await recreate(url);
    await migrate(url, true);
    await seed(url);
  }
  return url;
}

export async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const name = new URL(url).pathname.slice(1);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) return false;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM "User"`);
      return rows[0].n > 0;
    } catch {
      return false;
    } finally {
      await c.end();
    }
  } finally {
    await admin.end();
  }
}

export async function recreate(url: string) {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

export async function counts(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tables = ['User', 'Project', 'Campaign', 'Pledge', 'Resource', 'Booking', 'Task', 'PointsEntry', 'Event', 'EventRegistration'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    try {
      out[t] = (await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
    } catch {
      /* a table this version does not have */
    }
  }
  await c.end();
  return out;
}

