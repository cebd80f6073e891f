import 'server-only';
import { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { settleCampaign } from '@/lib/campaigns/settlement-service';
import { TASK_JOBS } from '@/lib/tasks/jobs';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { registerMailJobs } from './mail';
import { runCampaignsTick } from './handlers';
import { runningBoss, setBoss } from './instance';
import { REMINDER_JOBS } from './reminders';
import { PARTICIPATION_JOBS } from '@/lib/participation/jobs';
import { CAMPAIGNS_TICK_CRON, QUEUES, SETTLE_JOB_OPTIONS } from './queues';
import { startAccountJobs } from '@/lib/accounts/jobs';
import { FAULT_JOBS } from '@/lib/faults/jobs';

/**
 * One pg-boss per process, started from instrumentation.ts. pg-boss keeps its tables in its
 * own `pgboss` schema of the app's database; its schedule fires once per minute across all app
 * instances.
 */
export function startJobs(): Promise<PgBoss> {
  const running = runningBoss();
  if (running) return running;
  return setBoss((async () => {
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 3 });
    boss.on('error', (error) => console.error('[jobs]', error));
    await boss.start();
    await boss.createQueue(QUEUES.campaignsTick);
    await boss.createQueue(QUEUES.settleCampaign, SETTLE_JOB_OPTIONS);
    // Schedules run on the space's clock.
    const tz = await findDefaultTimeZone();
    await boss.schedule(QUEUES.campaignsTick, CAMPAIGNS_TICK_CRON, null, { tz });
    await boss.work(QUEUES.campaignsTick, async () => {
      await runCampaignsTick();
    });
    await boss.work<{ campaignId: string }>(QUEUES.settleCampaign, async (jobs) => {
      for (const job of jobs) await settleCampaign(job.data.campaignId);
    });
    // Scheduled work of other domains: each job is idempotent, so overlapping runs are harmless.
    for (const job of [...TASK_JOBS, ...REMINDER_JOBS, ...FAULT_JOBS, ...PARTICIPATION_JOBS]) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, null, { tz });
      // What the job returns is kept as its output in the job log.
      await boss.work(job.name, async () => job.run());
    }
    // Mail pipeline: outbox drain and digests (lib/jobs/mail.ts).
    await registerMailJobs(boss, tz);
    await startAccountJobs(boss);
    return boss;
  })());
}
