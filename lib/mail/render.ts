import { createTranslator } from 'next-intl';
import zh from '@/messages/zh-CN.json';
import en from '@/messages/en.json';
import { notificationValues } from '@/lib/notifications/text';

export type MailLocale = 'zh-CN' | 'en';
export type RenderedMail = { subject: string; text: string; html: string };

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'en' ? 'en' : 'zh-CN';
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function mailTranslator(locale: string, namespace?: string): Translate {
  return createTranslator({
    locale: mailLocale(locale),
    messages: (mailLocale(locale) === 'en' ? en : zh) as Record<string, unknown>,
    ...(namespace ? { namespace } : {}),
    onError: () => {},
    getMessageFallback: ({ key }) => key,
  }) as unknown as Translate;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An absolute link into the app for `path` ("/bookings" -> "https://host/en/bookings"). */
export function absoluteUrl(appUrl: string, path: string, locale: string): string {
  if (/^https?:\/\//.test(path)) return path;
  const prefix = mailLocale(locale) === 'en' ? '/en' : '';
  return new URL(`${prefix}${path.startsWith('/') ? path : `/${path}`}`, appUrl).toString();
}

export type LayoutInput = {
  locale: string;
  subject: string;
  /** Plain paragraphs; escaped for the HTML part. */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Footer links (preferences, unsubscribe); none on security e-mails. */
  footerLinks?: { label: string; url: string }[];
};

/**
 * The one e-mail layout: platform name, paragraphs, one button, footer. Plain text and HTML say
 * the same; the HTML uses inline styles only (mail clients drop style sheets).
 */
export function renderLayout(input: LayoutInput): RenderedMail {
  const t = mailTranslator(input.locale);
  const app = t('common.appName');
  const footer = t('mail.footer');
  const text = [
    app,
    '',
    ...input.paragraphs.flatMap((p) => [p, '']),
    ...(input.action ? [`${input.action.label}: ${input.action.url}`, ''] : []),
    '--',
    footer,
    ...(input.footerLinks ?? []).map((l) => `${l.label}: ${l.url}`),
  ].join('\n');
  const para = input.paragraphs.map((p) => `<p style="margin:0 0 12px;line-height:1.6">${escapeHtml(p)}</p>`).join('');
  const button = input.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(input.action.url)}" style="display:inline-block;background:#0f172a;color:#ffffff;padding:10px 18px;border-radius:8px;text-decoration:none">${escapeHtml(input.action.label)}</a></p>`
    : '';
  const links = (input.footerLinks ?? []).map((l) => `<a href="${escapeHtml(l.url)}" style="color:#475569">${escapeHtml(l.label)}</a>`).join(' · ');
  const html = `<!doctype html><html lang="${mailLocale(input.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head><body style="margin:0;background:#f8fafc;font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,sans-serif;color:#0f172a"><div style="max-width:560px;margin:0 auto;padding:24px"><p style="font-weight:600;font-size:18px;margin:0 0 16px">${escapeHtml(app)}</p><div style="background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:20px">${para}${button}</div><p style="font-size:12px;color:#64748b;margin:16px 0 0">${escapeHtml(footer)}${links ? `<br>${links}` : ''}</p></div></body></html>`;
  return { subject: input.subject, text, html };
}

/** One notification as an e-mail in the recipient's language. */
export function renderNotificationMail(input: {
  locale: string;
  kind: string;
  data: unknown;
  name: string;
  link: string | null;
  appUrl: string;
  footerLinks?: { label: string; url: string }[];
}): RenderedMail {
  const t = mailTranslator(input.locale);
  const values = notificationValues(input.data, mailLocale(input.locale));
  const subject = `[${t('common.appName')}] ${t(`notifications.subjects.${input.kind}`)}`;
  const sentence = t(`notifications.kinds.${input.kind}`, values).trim();
  return renderLayout({
    locale: input.locale,
    subject,
    paragraphs: [t('mail.greeting', { name: input.name }), sentence],
    action: { label: t('mail.open'), url: absoluteUrl(input.appUrl, input.link ?? '/notifications', input.locale) },
    footerLinks: input.footerLinks,
  });
}
