import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { absoluteUrl, mailTranslator, renderNotificationMail } from '@/lib/mail/render';
import { queueMail, type MailAttachment, type OutgoingMail } from '@/lib/mail/outbox';
import { categoryOf, effectiveSetting, isNotificationKind, planDelivery, type ChannelSetting, type EmailFrequencySetting, type NotificationKind } from './kinds';
import { unsubscribeUrl } from './unsubscribe';

/** One event, reported to its recipients. */
export type NotifyEvent = {
  kind: NotificationKind;
  /** User ids; duplicates are ignored. */
  recipients: readonly string[];
  /** The thing the event is about (`{ type: 'booking', id }`). */
  subject: { type: string; id: string };
  /**
   * Tells apart repeated events of one kind on one subject (a campaign sent back twice): e.g.
   * the decision's timestamp or the audit entry's id. Omitted = the kind happens once per subject.
   */
  eventId?: string;
  /** Values of the sentence (title, reason, amountFen, startsAt + timeZone ...). */
  data?: Record<string, Prisma.InputJsonValue | null>;
  /** In-app path of the thing ("/bookings"). */
  link?: string | null;
  /** An .ics confirmation attached to the e-mail. */
  ics?: { filename: string; content: string };
};


export function dedupeKeyOf(e: Pick<NotifyEvent, 'kind' | 'subject' | 'eventId'>): string {
  return [e.kind, e.subject.type, e.subject.id, e.eventId ?? ''].join(':').slice(0, 200);
}

/**
 * The one notification service. Call it inside the transaction of the change it reports: the
 * in-app rows and the queued e-mails commit or roll back with that change. Exactly once per
 * (event, recipient, channel): rows carry a unique key (kind + subject + event) and repeats are
 * skipped with ON CONFLICT DO NOTHING, so a retried job or a second app instance adds nothing.
 * Each recipient's preferences decide the channels (see `planDelivery`).
 */
export async function notify(tx: Tx, e: NotifyEvent): Promise<void> {
  const recipients = [...new Set(e.recipients)];
  if (recipients.length === 0) return;
  const dedupeKey = dedupeKeyOf(e);
  const users = await tx.user.findMany({
    where: { id: { in: recipients } },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      notificationSettings: { select: { emailFrequency: true } },
      notificationPreferences: { where: { kind: e.kind }, select: { setting: true } },
    },
  });
  const plans = users.map((u) => ({
    user: u,
    plan: planDelivery(
      e.kind,
      (u.notificationPreferences[0]?.setting ?? 'ALL') as ChannelSetting,
      (u.notificationSettings?.emailFrequency ?? 'IMMEDIATE') as EmailFrequencySetting,
    ),
  }));
  const wanted = plans.filter((p) => p.plan.inApp || p.plan.email !== 'none');
  if (wanted.length === 0) return;
  const data = (e.data ?? {}) as Prisma.InputJsonValue;
  const created = await tx.notification.createManyAndReturn({
    data: wanted.map((p) => ({
      userId: p.user.id,
      kind: e.kind,
      subjectType: e.subject.type.slice(0, 40),
      subjectId: e.subject.id.slice(0, 60),
      data,
      link: e.link ?? null,
      dedupeKey,
      inApp: p.plan.inApp,
      digestPending: p.plan.email === 'digest',
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  // Only recipients whose row is new get an e-mail: a repeated event is a no-op on every channel.
  const fresh = new Set(created.map((c) => c.userId));
  const mails: OutgoingMail[] = [];
  for (const { user, plan } of wanted) {
    if (plan.email !== 'now' || !fresh.has(user.id)) continue;
    mails.push(notificationMail(e, user, dedupeKey));
  }
  await queueMail(tx, mails);
}

function notificationMail(e: NotifyEvent, user: { id: string; name: string; email: string; locale: string }, dedupeKey: string): OutgoingMail {
  const t = mailTranslator(user.locale);
  const transactional = categoryOf(e.kind) === 'transactional';
  const unsubscribe = transactional ? null : unsubscribeUrl(env.APP_URL, user.id, e.kind);
  const footerLinks = [
    { label: t('mail.preferences'), url: absoluteUrl(env.APP_URL, '/notifications/preferences', user.locale) },
    ...(unsubscribe ? [{ label: t('mail.unsubscribe'), url: unsubscribe }] : []),
  ];
  const rendered = renderNotificationMail({ locale: user.locale, kind: e.kind, data: e.data ?? {}, name: user.name, link: e.link ?? null, appUrl: env.APP_URL, footerLinks });
  const attachments: MailAttachment[] = e.ics ? [{ filename: e.ics.filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: e.ics.content }] : [];
  return {
    dedupeKey: `${dedupeKey}:email:${user.id}`,
    to: user.email,
    userId: user.id,
    kind: e.kind,
    ...rendered,
    // RFC 2369 + RFC 8058 one-click: on everything that is not transactional.
    headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
    attachments,
  };
}

/** Marks the member's own notifications read (ids of someone else's are ignored). */
export async function markRead(actor: { id: string }, input: { all: true } | { ids: readonly string[] }, now = new Date()): Promise<{ count: number }> {
  const r = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...('ids' in input ? { id: { in: [...input.ids] } } : {}) },
    data: { readAt: now },
  });
  return { count: r.count };
}

/** Saves the kind x channel matrix and the e-mail frequency; transactional kinds keep in-app. */
export async function savePreferences(
  actor: { id: string },
  input: { emailFrequency: EmailFrequencySetting; settings: Partial<Record<string, ChannelSetting>> },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.notificationSettings.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, emailFrequency: input.emailFrequency },
      update: { emailFrequency: input.emailFrequency },
    });
    for (const [kind, raw] of Object.entries(input.settings)) {
      if (!raw || !isNotificationKind(kind)) continue;
      const setting = effectiveSetting(kind, raw);
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: actor.id, kind } }, create: { userId: actor.id, kind, setting }, update: { setting } });
    }
  });
}

/** The one-click unsubscribe of a List-Unsubscribe link: e-mail off for that kind. */
export async function unsubscribeKind(userId: string, kind: string): Promise<boolean> {
  if (!isNotificationKind(kind) || categoryOf(kind) === 'transactional') return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  const current = await db.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { setting: true } });
  const setting: ChannelSetting = current?.setting === 'EMAIL' || current?.setting === 'OFF' ? 'OFF' : 'IN_APP';
  await db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, setting }, update: { setting } });
  return true;
}
