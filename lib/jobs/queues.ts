/** Queue names of the background jobs (pg-boss, in the app's own database). */
export const QUEUES = {
  /** Every minute: start approved campaigns that are due, settle ended ones. */
  campaignsTick: 'campaigns-tick',
  /** One campaign, on demand (e.g. right after an operator cancels it). */
  settleCampaign: 'campaigns-settle',
} as const;

export const CAMPAIGNS_TICK_CRON = '* * * * *';
