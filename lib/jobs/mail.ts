import 'server-only';
import type { PgBoss } from 'pg-boss';
import { drainOutbox } from '@/lib/mail/drain-service';
import { runDigests } from '@/lib/notifications/digest-service';

/** Queues of the mail pipeline (kept apart from the other domains' jobs). */
export const MAIL_QUEUES = {
  /** Every minute: a backstop drain of the outbox (the in-process loop below is the fast path). */
  drain: 'mail-drain',
  /** Every 15 minutes: digests that are due (hourly operator batches, daily, weekly). */
  digests: 'notifications-digests',
} as const;

const DRAIN_EVERY_MS = 2_000;

/**
 * The outbox is drained by a short in-process loop (an e-mail leaves seconds after its change
 * commits) plus a pg-boss schedule as the backstop. Every instance may drain at once: the claim
 * uses FOR UPDATE SKIP LOCKED, so each message goes to one worker.
 */
export async function registerMailJobs(boss: PgBoss, tz: string): Promise<void> {
  await boss.createQueue(MAIL_QUEUES.drain);
  await boss.createQueue(MAIL_QUEUES.digests);
  await boss.schedule(MAIL_QUEUES.drain, '* * * * *', null, { tz });
  await boss.schedule(MAIL_QUEUES.digests, '*/15 * * * *', null, { tz });
  await boss.work(MAIL_QUEUES.drain, async () => {
    await drainUntilEmpty();
  });
  await boss.work(MAIL_QUEUES.digests, async () => {
    await runDigests();
    await drainUntilEmpty();
  });
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    drainUntilEmpty()
      .catch((error) => console.error('[mail] drain failed', error))
      .finally(() => {
        running = false;
      });
  }, DRAIN_EVERY_MS);
  timer.unref();
}

async function drainUntilEmpty(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await drainOutbox();
    if (r.sent + r.retried + r.failed === 0) return;
  }
}
