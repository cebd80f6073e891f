import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';

export async function listMyNotifications(actor: Actor, limit = 10) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: { id: true, kind: true, data: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items, unread };
}
