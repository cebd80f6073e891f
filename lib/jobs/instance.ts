import 'server-only';
import type { PgBoss } from 'pg-boss';

/** The process's one pg-boss, once startJobs() has begun starting it (absent with ZCS_JOBS=off and in tests). */
const globalForJobs = globalThis as unknown as { boss?: Promise<PgBoss> };

export function runningBoss(): Promise<PgBoss> | undefined {
  return globalForJobs.boss;
}

export function setBoss(boss: Promise<PgBoss>): Promise<PgBoss> {
  globalForJobs.boss ??= boss;
  return globalForJobs.boss;
}
