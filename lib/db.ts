import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One pool and one client per process; Next's dev server reloads modules, so keep them on
// globalThis there instead of opening a new pool on every edit.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient };

export const pool =
  globalForDb.pool ??
  new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });

// Every change writes its notifications in its own transaction, so a burst of parallel writes
// that queue on one row lock (seats, tier units, slots) holds pooled connections a little longer;
// Prisma's default 2 s wait for a connection is too short for such a burst on a loaded machine.
export const db =
  globalForDb.prisma ?? new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 15_000, timeout: 30_000 } });

if (env.NODE_ENV !== 'production') {
  globalForDb.pool = pool;
  globalForDb.prisma = db;
}

export type Db = typeof db;
export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
