import 'server-only';
import type { Tx } from '@/lib/db';
import { notify } from '@/lib/notifications/service';

/**
 * A team invitation goes to an e-mail address: a member with that address gets a notification;
 * an address without an account gets the sign-up mail of lib/accounts/invitations.ts instead.
 */
export async function notifyTeamInvitation(tx: Tx, invitationId: string): Promise<void> {
  const inv = await tx.projectInvitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: { id: true, email: true, invitedBy: { select: { name: true, locale: true } }, project: { select: { id: true, name: true } } },
  });
  const data = { name: inv.invitedBy?.name ?? '', title: inv.project.name };
  const invitee = await tx.user.findUnique({ where: { email: inv.email.toLowerCase() }, select: { id: true } });
  if (invitee) {
    await notify(tx, { kind: 'teamInvitation', recipients: [invitee.id], subject: { type: 'projectInvitation', id: inv.id }, data, link: '/dashboard' });
  }
}
