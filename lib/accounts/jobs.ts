import 'server-only';
import type { PgBoss } from 'pg-boss';
import { prepareDataExport } from './export-service';

export const ACCOUNT_QUEUES = { dataExport: 'accounts-data-export' } as const;

const globalForAccounts = globalThis as unknown as { accountsBoss?: PgBoss };

/** Called once from the job runner's start: the queue that prepares data exports. */
export async function startAccountJobs(boss: PgBoss): Promise<void> {
  await boss.createQueue(ACCOUNT_QUEUES.dataExport);
  await boss.work<{ exportId: string }>(ACCOUNT_QUEUES.dataExport, async (jobs) => {
    for (const job of jobs) await prepareDataExport(job.data.exportId);
  });
  globalForAccounts.accountsBoss = boss;
}

/**
 * Puts an export on the queue. Without a running queue (jobs turned off) the archive is
 * prepared right away, so the member still gets it.
 */
export async function enqueueDataExport(exportId: string): Promise<void> {
  const boss = globalForAccounts.accountsBoss;
  if (boss) await boss.send(ACCOUNT_QUEUES.dataExport, { exportId }, { singletonKey: exportId });
  else await prepareDataExport(exportId);
}
