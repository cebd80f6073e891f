import 'server-only';
import { db, type Db, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { absoluteUrl, mailLocale, mailTranslator, renderLayout, type MailLocale } from '@/lib/mail/render';
import { sendTransactionalEmail } from '@/lib/mail/transactional-service';

export { mailLocale };

export type AccountMailKind = 'verifyEmail' | 'resetPassword' | 'changeEmail' | 'emailChanged' | 'projectInvite';

/** A page of the app in the reader's language, on the configured public address (never a request's Host). */
export function pageUrl(locale: MailLocale, path: string): string {
  return absoluteUrl(env.APP_URL, path, locale);
}

export type AccountMail = {
  to: string;
  kind: AccountMailKind;
  locale: MailLocale;
  values: Record<string, string>;
  /** The button's target. */
  url: string;
  userId?: string | null;
  /** Exactly once per key (the token's hash, the change's id). */
  dedupeKey: string;
};

/** Renders an account e-mail and puts it into the outbox inside `tx` (nothing is sent if it rolls back). */
export async function sendAccountMail(mail: AccountMail, tx: Tx | Db = db): Promise<void> {
  const t = mailTranslator(mail.locale, 'accountMail');
  const subject = t(`${mail.kind}.subject`, mail.values);
  const rendered = renderLayout({
    locale: mail.locale,
    subject,
    paragraphs: t(`${mail.kind}.body`, mail.values).split('\n\n'),
    action: { label: t(`${mail.kind}.action`, mail.values), url: mail.url },
  });
  await sendTransactionalEmail({ ...rendered, to: mail.to, kind: `account.${mail.kind}`, dedupeKey: `account:${mail.dedupeKey}`, userId: mail.userId ?? null }, tx);
}
