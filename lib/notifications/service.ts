import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/db';

export type NotificationInput = { userId: string; kind: string; data?: Prisma.InputJsonValue; link?: string };

/** Written inside the transaction of the event it reports, so it exists exactly once. */
export async function notify(tx: Tx, rows: NotificationInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.notification.createMany({
    data: rows.map((r) => ({ userId: r.userId, kind: r.kind, data: r.data ?? {}, ...(r.link ? { link: r.link } : {}) })),
  });
}

/** The member has seen every notification so far. */
export async function markAllRead(actor: { id: string }): Promise<void> {
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
