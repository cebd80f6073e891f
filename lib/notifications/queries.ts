import { cache } from 'react';
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { assertCan } from '@/lib/auth/permissions';
import { afterCursor, decodeCursor, encodeCursor } from './cursor';
import { KIND_LIST, type ChannelSetting, type EmailFrequencySetting } from './kinds';
import type { NotificationListParams } from './schemas';

const ITEM = { id: true, kind: true, data: true, link: true, readAt: true, createdAt: true, subjectType: true, subjectId: true } as const;

/** The dashboard card: the latest few and the unread count. */
export async function listMyNotifications(actor: Actor, limit = 10) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.id, inApp: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit, select: ITEM }),
    countUnread(actor),
  ]);
  return { items, unread };
}

export function countUnread(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, inApp: true, readAt: null } });
}

/** The notification centre: newest first, keyset pagination, optionally unread only. */
export async function listNotificationsPage(actor: Actor, params: NotificationListParams) {
  const rows = await db.notification.findMany({
    where: { userId: actor.id, inApp: true, ...(params.unread ? { readAt: null } : {}), ...afterCursor(params.cursor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    select: ITEM,
  });
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/** The member's own delivery log ("my e-mails"), newest first. */
export async function listMyEmails(actor: Actor, params: { cursor?: string; limit: number }) {
  const rows = await db.mailMessage.findMany({
    where: { userId: actor.id, ...afterCursor(params.cursor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    select: {
      id: true,
      kind: true,
      subject: true,
      toAddress: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      events: { orderBy: { createdAt: 'desc' }, take: 1, select: { type: true, detail: true, createdAt: true } },
    },
  });
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

export async function findMyPreferences(actor: Actor): Promise<{ emailFrequency: EmailFrequencySetting; settings: Record<string, ChannelSetting> }> {
  const [settings, prefs] = await Promise.all([
    db.notificationSettings.findUnique({ where: { userId: actor.id }, select: { emailFrequency: true } }),
    db.notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, setting: true } }),
  ]);
  const byKind = Object.fromEntries(prefs.map((p) => [p.kind, p.setting]));
  return {
    emailFrequency: settings?.emailFrequency ?? 'IMMEDIATE',
    settings: Object.fromEntries(KIND_LIST.map((k) => [k, (byKind[k] ?? 'ALL') as ChannelSetting])),
  };
}

/** Operators: what the built-in receiver got. */
export async function listReceivedMail(actor: Actor, params: { cursor?: string; limit: number }) {
  assertCan(actor, 'space:operate');
  const c = decodeCursor(params.cursor);
  const where = c ? { OR: [{ receivedAt: { lt: c.createdAt } }, { receivedAt: c.createdAt, id: { lt: c.id } }] } : {};
  const rows = await db.receivedMail.findMany({
    where,
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    select: { id: true, fromAddress: true, toAddresses: true, subject: true, receivedAt: true },
  });
  const items = rows.slice(0, params.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor(last.receivedAt, last.id) : null };
}

// cache(): the layout and the page ask for the same row in one request.
export const findReceivedMail = cache(async function findReceivedMail(actor: Actor, id: string) {
  assertCan(actor, 'space:operate');
  return db.receivedMail.findUnique({ where: { id }, select: { id: true, fromAddress: true, toAddresses: true, subject: true, text: true, html: true, receivedAt: true } });
});
