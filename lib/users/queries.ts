import 'server-only';
import { LRUCache } from 'lru-cache';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: Role[];
};

export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, locale: true, roles: { select: { role: true } } },
  });
  if (!user) return null;
  return { ...user, roles: user.roles.map((r) => r.role).sort() };
}

export async function findProfile(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, bio: true, skills: true, organization: true, locale: true, createdAt: true },
  });
}

export type UserRow = { id: string; email: string; name: string; organization: string; createdAt: Date; roles: Role[] };

/** The admin's users table: newest first, searched by name or e-mail, cursor-paginated by (createdAt, id). */
export async function listUsers(
  actor: Actor,
  params: { q?: string; cursor?: string; limit: number },
): Promise<{ items: UserRow[]; nextCursor: string | null }> {
  assertCan(actor, 'user:list');
  const q = params.q?.trim();
  const rows = await db.user.findMany({
    where: q
      ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q.toLowerCase() } }] }
      : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    select: { id: true, email: true, name: true, organization: true, createdAt: true, roles: { select: { role: true } } },
  });
  const page = rows.slice(0, params.limit);
  return {
    items: page.map((u) => ({ ...u, roles: u.roles.map((r) => r.role).sort() })),
    nextCursor: rows.length > params.limit ? page[page.length - 1].id : null,
  };
}

// The home page's member count: a count(*) over every member is not worth redoing on each
// visit; a minute-old figure is fine. Concurrent misses share one query.
const memberCount = new LRUCache<'members', number>({ max: 1, ttl: 60_000, allowStale: true, fetchMethod: () => db.user.count() });

export async function countMembers(): Promise<number> {
  return (await memberCount.fetch('members')) ?? 0;
}
