/** Queue names of the background jobs (pg-boss, in the app's own database). */
export const QUEUES = {
  /** Every minute: start approved campaigns that are due, settle ended ones. */
  campaignsTick: 'campaigns-tick',
  /** One campaign, on demand (e.g. right after an owner or operator cancels it). */
  settleCampaign: 'campaigns-settle',
} as const;

export const CAMPAIGNS_TICK_CRON = '* * * * *';

/**
 * A settlement job that throws (the gateway or the database away) is retried by pg-boss with
 * exponential backoff, a bounded number of times; the minute tick picks the campaign up after
 * that. A capture the gateway refuses is not an error: settlement records it per pledge
 * (attempts, backoff, then operators are notified; lib/campaigns/settlement-service.ts).
 */
export const SETTLE_JOB_OPTIONS = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;
