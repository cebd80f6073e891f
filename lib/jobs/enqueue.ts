import 'server-only';
import { runningBoss } from './instance';
import { QUEUES, SETTLE_JOB_OPTIONS } from './queues';

/**
 * Settles one campaign on the job queue, soon, instead of inside the request that closed it (a
 * slow or refusing gateway must not hold up an owner's click). Without a running queue (ZCS_JOBS=off,
 * tests) nothing is sent: the minute tick settles every closed, unsettled campaign anyway.
 */
export async function enqueueSettlement(campaignId: string): Promise<boolean> {
  const boss = runningBoss();
  if (!boss) return false;
  await (await boss).send(QUEUES.settleCampaign, { campaignId }, { ...SETTLE_JOB_OPTIONS, singletonKey: campaignId });
  return true;
}
