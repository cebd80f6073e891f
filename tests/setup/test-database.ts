import path from 'node:path';
import { EMBEDDED_TEST_PORT, withDatabase } from '../../scripts/lib/database-url';
import { recreateDatabase, startEmbeddedDatabase, type DatabaseServer } from '../../scripts/lib/embedded-db';
import { migrate } from '../../scripts/lib/run';

export const TEMPLATE_DB = 'zcs_test_template';
export const WORKER_DBS = 4;

/** TEST_DATABASE_URL (or DATABASE_URL) when set; otherwise an embedded cluster in .data/pg-test. */
export async function startTestServer(): Promise<DatabaseServer> {
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {} };
  return startEmbeddedDatabase({
    dataDir: path.resolve('.data', 'pg-test'),
    port: Number(process.env.ZCS_TEST_PG_PORT ?? EMBEDDED_TEST_PORT),
    database: 'postgres',
  });
}

/** A migrated template, cloned per worker: migrations run once, each worker gets its own database. */
export async function prepareTemplate(serverUrl: string): Promise<void> {
  const template = withDatabase(serverUrl, TEMPLATE_DB);
  await recreateDatabase(template);
  await migrate(template, true);
}

export async function cloneDatabase(serverUrl: string, name: string): Promise<string> {
  const url = withDatabase(serverUrl, name);
  await recreateDatabase(url, TEMPLATE_DB);
  return url;
}
