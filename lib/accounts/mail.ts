import 'server-only';
import { createTranslator } from 'next-intl';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';

export type AccountMailKind = 'verifyEmail' | 'resetPassword' | 'changeEmail' | 'emailChanged' | 'projectInvite' | 'exportReady' | 'accountDeleted';

/** The public address links in e-mails point to; never taken from a request's Host header. */
export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
  return new URL(path, base).toString();
}

/** A page of the app in the reader's language (Chinese pages carry no prefix). */
export function pageUrl(locale: 'zh-CN' | 'en', path: string): string {
  return appUrl(locale === 'en' ? `/en${path}` : path);
}

export function mailLocale(locale: string | null | undefined): 'zh-CN' | 'en' {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** Subject and text of an account e-mail in the reader's language. */
export function renderAccountMail(kind: AccountMailKind, locale: 'zh-CN' | 'en', values: Record<string, string>) {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: 'accountMail' });
  return { subject: t(`${kind}.subject`, values), text: t(`${kind}.text`, values) };
}

export type AccountMail = { to: string; kind: AccountMailKind; locale: 'zh-CN' | 'en'; values: Record<string, string> };

export async function sendAccountMail(mail: AccountMail): Promise<void> {
  const { subject, text } = renderAccountMail(mail.kind, mail.locale, mail.values);
  await deliver({ to: mail.to, subject, text });
}

async function deliver(_message: { to: string; subject: string; text: string }): Promise<void> {
  // Replaced by the platform's mail delivery.
}
