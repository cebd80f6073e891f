import path from 'node:path';
import { EMBEDDED_DATABASE, EMBEDDED_PORT } from './database-url';
import { startEmbeddedDatabase, type DatabaseServer } from './embedded-db';

export const DATA_DIR = path.resolve('.data');

/** DATABASE_URL when set (external PostgreSQL), otherwise the embedded cluster under .data/pg. */
export async function openDatabase(log: (line: string) => void): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const server = await startEmbeddedDatabase({
    dataDir: path.join(DATA_DIR, 'pg'),
    port: Number(process.env.ZCS_PG_PORT ?? EMBEDDED_PORT),
    database: EMBEDDED_DATABASE,
    log,
  });
  process.env.DATABASE_URL = server.url;
  return server;
}
