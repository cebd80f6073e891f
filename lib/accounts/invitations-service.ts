import 'server-only';
import { db } from '@/lib/db';
import { pageUrl, sendAccountMail } from './mail-service';
import { issueToken } from './tokens';

/**
 * A project invitation to an address with no account yet: the invitee gets a link to sign up.
 * Signing up from that link proves the address, so the invitation can be accepted at once;
 * anybody else must verify the address first (see requireVerifiedEmail).
 */
export async function mailInvitationToNewcomer(invitationId: string, now = new Date()): Promise<void> {
  const invitation = await db.projectInvitation.findUnique({
    where: { id: invitationId },
    select: { id: true, email: true, status: true, project: { select: { name: true } }, invitedBy: { select: { name: true, locale: true } } },
  });
  if (!invitation || invitation.status !== 'PENDING') return;
  if (await db.user.count({ where: { email: invitation.email } })) return;
  // The invitee has no language setting yet: the space's first language, with an English line.
  const locale = 'zh-CN';
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, { kind: 'PROJECT_INVITE', userId: null, email: invitation.email, invitationId: invitation.id, now });
    await sendAccountMail(
      {
        to: invitation.email,
        kind: 'projectInvite',
        locale,
        values: { inviter: invitation.invitedBy?.name ?? '—', project: invitation.project.name },
        url: pageUrl(locale, `/sign-up?invite=${token.secret}`),
        dedupeKey: token.id,
      },
      tx,
    );
  });
}
