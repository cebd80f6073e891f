import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { auth } from '@/lib/auth/auth';
import { can, ForbiddenError, type Permission } from '@/lib/auth/permissions';
import { findSessionUser, type SessionUser } from '@/lib/users/queries';

/**
 * The signed-in member, read fresh from the database once per request: roles granted or
 * revoked take effect on the next request, whatever the session cookie says.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findSessionUser(id) : null;
});

/** For pages and actions: sends a signed-out visitor to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const locale = await getLocale();
    return redirect({ href: '/sign-in', locale });
  }
  return user;
}

/** For pages: a member without the permission gets the same 404 as a page that does not exist. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}

/** For actions: a missing permission is a bug in the UI or a forged request, so it throws. */
export async function requireActionPermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) throw new ForbiddenError(permission);
  return user;
}
