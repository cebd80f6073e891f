import 'server-only';
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { absoluteUrl, mailTranslator, renderLayout } from '@/lib/mail/render';
import { sendTransactionalEmail } from '@/lib/mail/transactional';
import { notify } from '@/lib/notifications/service';
import { notificationValues } from '@/lib/notifications/text';

/**
 * A team invitation goes to an e-mail address: a member with that address gets a notification;
 * an address without an account gets an e-mail inviting them to sign up with it.
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
    return;
  }
  const locale = inv.invitedBy?.locale ?? 'zh-CN';
  const t = mailTranslator(locale);
  const mail = renderLayout({
    locale,
    subject: `[${t('common.appName')}] ${t('notifications.subjects.teamInvitation')}`,
    paragraphs: [t('notifications.kinds.teamInvitation', notificationValues(data, locale))],
    action: { label: t('mail.open'), url: absoluteUrl(env.APP_URL, '/sign-up', locale) },
  });
  await sendTransactionalEmail({ to: inv.email, kind: 'teamInvitation', dedupeKey: `teamInvitation:${inv.id}`, ...mail }, tx);
}
