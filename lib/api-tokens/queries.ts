import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';

export async function listMyApiTokens(actor: Actor) {
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
