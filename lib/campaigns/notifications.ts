import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';
import { membersWith } from '@/lib/notifications/recipients';

async function ownersOf(tx: Tx, projectId: string): Promise<string[]> {
  return (await tx.projectMember.findMany({ where: { projectId, role: 'OWNER' }, select: { userId: true } })).map((o) => o.userId);
}

const subject = (id: string) => ({ type: 'campaign', id });
const link = (id: string) => `/campaigns/${id}`;

/** A submitted campaign joins the operators' review queue; each submission is its own item. */
export async function notifyCampaignSubmitted(tx: Tx, c: { id: string; title: string }, at: Date): Promise<void> {
  await notify(tx, { kind: 'queueCampaign', recipients: await membersWith(tx, 'space:operate'), subject: subject(c.id), eventId: at.toISOString(), data: { title: c.title }, link: '/dashboard' });
}

/** Approved or sent back, told to the owners; a campaign may be sent back more than once. */
export async function notifyCampaignDecided(tx: Tx, c: { id: string; title: string; projectId: string }, approved: boolean, reason: string, at: Date): Promise<void> {
  await notify(tx, {
    kind: approved ? 'campaignApproved' : 'campaignSentBack',
    recipients: await ownersOf(tx, c.projectId),
    subject: subject(c.id),
    eventId: at.toISOString(),
    data: { title: c.title, reason },
    link: link(c.id),
  });
}

/** Gone live: the owners and those who watch it. */
export async function notifyCampaignLive(tx: Tx, c: { id: string; title: string; projectId: string }): Promise<void> {
  const watchers = (await tx.campaignWatch.findMany({ where: { campaignId: c.id }, select: { userId: true } })).map((w) => w.userId);
  await notify(tx, { kind: 'campaignLive', recipients: [...(await ownersOf(tx, c.projectId)), ...watchers], subject: subject(c.id), data: { title: c.title }, link: link(c.id) });
}

/** Succeeded or failed: owners and backers with an authorized pledge, each with their own sentence. */
export async function notifyCampaignClosed(
  tx: Tx,
  c: { id: string; title: string; projectId: string; goalFen: number },
  succeeded: boolean,
  raisedFen: number,
  backerIds: string[],
): Promise<void> {
  const data = { title: c.title, raisedFen, goalFen: c.goalFen };
  await notify(tx, { kind: succeeded ? 'ownerSucceeded' : 'ownerFailed', recipients: await ownersOf(tx, c.projectId), subject: subject(c.id), data, link: link(c.id) });
  await notify(tx, { kind: succeeded ? 'backerSucceeded' : 'backerFailed', recipients: backerIds, subject: subject(c.id), data, link: link(c.id) });
}

export async function notifyCampaignCancelled(tx: Tx, c: { id: string; title: string }, backerIds: string[]): Promise<void> {
  await notify(tx, { kind: 'campaignCancelled', recipients: backerIds, subject: subject(c.id), data: { title: c.title }, link: link(c.id) });
}
