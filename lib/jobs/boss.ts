import 'server-only';
import { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { settleCampaign } from '@/lib/campaigns/settlement';
import { TASK_JOBS } from '@/lib/tasks/jobs';
import { registerMailJobs } from './mail';
import { runCampaignsTick } from './handlers';
import { REMINDER_JOBS } from './reminders';
import { CAMPAIGNS_TICK_CRON, QUEUES } from './queues';
import { startAccountJobs } from '@/lib/accounts/jobs';

const globalForJobs = globalThis as unknown as { boss?: Promise<PgBoss> };

/**
 * One pg-boss per process, started from instrumentation.ts. pg-boss keeps its tables in its
 * own `pgboss` schema of the app's database; its schedule fires once per minute across all app
 * instances.
 */
export function startJobs(): Promise<PgBoss> {
  globalForJobs.boss ??= (async () => {
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 3 });
    boss.on('error', (error) => console.error('[jobs]', error));
    await boss.start();
    await boss.createQueue(QUEUES.campaignsTick);
    await boss.createQueue(QUEUES.settleCampaign);
    await boss.schedule(QUEUES.campaignsTick, CAMPAIGNS_TICK_CRON, null, { tz: 'Asia/Shanghai' });
    await boss.work(QUEUES.campaignsTick, async () => {
      await runCampaignsTick();
    });
    await boss.work<{ campaignId: string }>(QUEUES.settleCampaign, async (jobs) => {
      for (const job of jobs) await settleCampaign(job.data.campaignId);
    });
    // Scheduled work of other domains: each job is idempotent, so overlapping runs are harmless.
    for (const job of [...TASK_JOBS, ...REMINDER_JOBS]) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, null, { tz: 'Asia/Shanghai' });
      await boss.work(job.name, async () => {
        await job.run();
      });
    }
    // Mail pipeline: outbox drain and digests (lib/jobs/mail.ts).
    await registerMailJobs(boss);
    await startAccountJobs(boss);
    return boss;
  })();
  return globalForJobs.boss;
}
