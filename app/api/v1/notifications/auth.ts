import { ApiError, requireApiUser } from '@/lib/api/http';

/**
 * A bearer token, or the signed-in session (same-site only: the session cookie is SameSite=Lax).
 * The session stack is loaded lazily: token clients never need it.
 */
export async function tokenOrSessionUser(req: Request) {
  if (req.headers.get('authorization')) return requireApiUser(req);
  const { getCurrentUser } = await import('@/lib/auth/session');
  const user = await getCurrentUser();
  if (!user) throw new ApiError('UNAUTHENTICATED', 'unauthenticated');
  return user;
}
