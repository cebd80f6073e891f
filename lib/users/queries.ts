import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';
import { containsText, emailContains } from '@/lib/search';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  roles: Role[];
};

/**
 * One read per request (React cache), in one statement, serves the session check in
 * lib/auth/auth.ts (sessionVersion), getCurrentUser (the member and their roles) and the
 * signed-in layout's banner (whether the current address is verified): every signed-in page
 * needs all three.
 */
const loadSessionRecord = cache(async (id: string) => {
  const [row] = await db.$queryRaw<{ id: string; email: string; name: string; locale: string; sessionVersion: number; roles: Role[]; emailVerified: boolean }[]>`
    SELECT u.id, u.email, u.name, u.locale, u."sessionVersion",
           ARRAY(SELECT r.role::text FROM "UserRole" r WHERE r."userId" = u.id ORDER BY r.role::text) AS roles,
           EXISTS (SELECT 1 FROM "VerifiedEmail" v WHERE v."userId" = u.id AND v.email = u.email) AS "emailVerified"
      FROM "User" u
     WHERE u.id = ${id}`;
  return row ?? null;
});

export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const user = await loadSessionRecord(id);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, roles: [...user.roles].sort() };
}

/** Whether the member's current address is verified (the same read as their session). */
export async function isSessionEmailVerified(id: string): Promise<boolean> {
  return (await loadSessionRecord(id))?.emailVerified ?? false;
}

/** The number a session cookie must carry to be accepted; null when the member is gone. */
export async function findSessionVersion(id: string): Promise<number | null> {
  return (await loadSessionRecord(id))?.sessionVersion ?? null;
}

export async function findProfile(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, avatarKey: true, bio: true, skills: true, organization: true, locale: true, createdAt: true },
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
      ? { OR: [{ name: containsText(q) }, { email: emailContains(q) }] }
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

/**
 * The home page's member count. Counted when the page renders; the page is cached and dropped
 * on every instance when an account is added or removed (tag `members`), so no cache of its own.
 */
export async function countMembers(): Promise<number> {
  return db.user.count();
}
