import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

/** The backer's receipt, written in the pledge's transaction (subject: the pledge about to be written). */
export async function notifyPledgeReceipt(tx: Tx, p: { pledgeId: string; backerId: string; campaign: { id: string; title: string }; amountFen: number }): Promise<void> {
  await notify(tx, {
    kind: 'pledgeReceipt',
    recipients: [p.backerId],
    subject: { type: 'pledge', id: p.pledgeId },
    data: { title: p.campaign.title, amountFen: p.amountFen },
    link: `/pledges/${p.pledgeId}`,
  });
}
