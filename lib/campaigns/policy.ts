import type { CampaignStatus, PledgeStatus } from '@/lib/generated/prisma/enums';
import { canTransition } from '@/lib/state-machine';

export const CAMPAIGN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const satisfies readonly CampaignStatus[];

/** Who moves a campaign: its owner, an operator (`space:operate`) or the platform's clock. */
export type CampaignMover = 'owner' | 'operator' | 'system';

/** Every allowed transition. The UI shows buttons from it; the service refuses anything else. */
export const CAMPAIGN_TRANSITIONS = {
  DRAFT: ['SUBMITTED', 'CANCELLED'],
  SUBMITTED: ['APPROVED', 'DRAFT', 'CANCELLED'],
  APPROVED: ['LIVE', 'CANCELLED'],
  LIVE: ['SUCCEEDED', 'FAILED', 'CANCELLED'],
  SUCCEEDED: [],
  FAILED: [],
  CANCELLED: [],
} satisfies Record<CampaignStatus, readonly CampaignStatus[]>;

/** Who may make the move into each status (the same for every source that leads there). */
export const CAMPAIGN_MOVERS = {
  DRAFT: ['operator'],
  SUBMITTED: ['owner'],
  APPROVED: ['operator'],
  LIVE: ['system'],
  SUCCEEDED: ['system'],
  FAILED: ['system'],
  CANCELLED: ['owner', 'operator'],
} satisfies Record<CampaignStatus, readonly CampaignMover[]>;

/** The table allows the move and `by` may make it. */
export function canMove(from: CampaignStatus, to: CampaignStatus, by: CampaignMover): boolean {
  return canTransition(CAMPAIGN_TRANSITIONS, from, to) && (CAMPAIGN_MOVERS[to] as readonly CampaignMover[]).includes(by);
}

/** A pledge is authorized when made; settlement captures or voids it; its backer may withdraw it. */
export const PLEDGE_TRANSITIONS = {
  AUTHORIZED: ['CAPTURED', 'VOIDED', 'CANCELLED'],
  CAPTURED: [],
  VOIDED: [],
  CANCELLED: [],
} satisfies Record<PledgeStatus, readonly PledgeStatus[]>;

/** Only drafts are edited; a campaign under review or published keeps what backers saw. */
export function canEditCampaign(status: CampaignStatus): boolean {
  return status === 'DRAFT';
}

/** A LIVE campaign accepts pledges until its end. */
export function acceptsPledges(c: { status: CampaignStatus; endsAt: Date | null }, now: Date): boolean {
  return c.status === 'LIVE' && c.endsAt !== null && c.endsAt.getTime() > now.getTime();
}

/** Ended campaigns: the outcome is fixed (pledges may still be settling). */
export function isClosed(status: CampaignStatus): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELLED';
}

/** Pledges that count towards the goal. */
export const COUNTED_PLEDGE_STATUSES = ['AUTHORIZED', 'CAPTURED'] as const satisfies readonly PledgeStatus[];

/** A backer withdraws a pledge while the campaign is still running. */
export function canCancelPledge(p: { status: PledgeStatus }, c: { status: CampaignStatus; endsAt: Date | null }, now: Date): boolean {
  return p.status === 'AUTHORIZED' && acceptsPledges(c, now);
}

/** The smallest amount a pledge may have: the campaign minimum, or the tier's amount. */
export function minimumFor(minPledgeFen: number, tier: { amountFen: number } | null): number {
  return tier ? Math.max(tier.amountFen, minPledgeFen) : minPledgeFen;
}

/** Whole percent funded, floored, from integers only. */
export function fundedPercent(raisedFen: number, goalFen: number): number {
  return goalFen > 0 ? Math.floor((raisedFen * 100) / goalFen) : 0;
}

/** Days left, rounded up (a campaign ending in 3 hours has 1 day left); 0 once ended. */
export function daysLeft(endsAt: Date | null, now: Date): number {
  if (!endsAt) return 0;
  const ms = endsAt.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 86_400_000) : 0;
}

export const MAX_DURATION_DAYS = 60;

/** Statuses in which a campaign's page is public (subject to its project's visibility). */
export const PUBLIC_CAMPAIGN_STATUSES = ['APPROVED', 'LIVE', 'SUCCEEDED', 'FAILED'] as const satisfies readonly CampaignStatus[];

/**
 * Where a link to one of the member's own campaigns goes: its public page once it is public,
 * else its management page (a draft, one under review, one sent back). As projectPageHref.
 */
export function campaignPageHref(campaign: { id: string; status: CampaignStatus }): string {
  return (PUBLIC_CAMPAIGN_STATUSES as readonly CampaignStatus[]).includes(campaign.status) ? `/campaigns/${campaign.id}` : `/campaigns/${campaign.id}/manage`;
}
