import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

/** The backer's receipt, written with the pledge. */
export async function notifyPledgeReceipt(tx: Tx, pledgeId: string): Promise<void> {
  const p = await tx.pledge.findUniqueOrThrow({ where: { id: pledgeId }, select: { id: true, backerId: true, amountFen: true, campaign: { select: { id: true, title: true } } } });
  await notify(tx, {
    kind: 'pledgeReceipt',
    recipients: [p.backerId],
    subject: { type: 'pledge', id: p.id },
    data: { title: p.campaign.title, amountFen: Number(p.amountFen) },
    link: `/campaigns/${p.campaign.id}`,
  });
}
