import { apiRoute, ApiError, failureResponse, requireApiUser } from '@/lib/api/http';
import { registerForEvent } from '@/lib/events/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/**
 * Register the caller for an event: a bearer token, or the signed-in session (same-site only: the
 * session cookie is SameSite=Lax). Body optional (`{}`). 201 with the registration; 409 when full
 * (EVENT_FULL), already registered (ALREADY_REGISTERED), closed or cancelled.
 */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/events/[id]/registrations'>) => {
  const user = req.headers.get('authorization') ? await requireApiUser(req) : await sessionUser();
  if (!user) throw new ApiError('UNAUTHENTICATED', 'unauthenticated');
  const { id } = await ctx.params;
  await readOptionalBody(req);
  const result = await registerForEvent(user, id);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.registerForEvent, 201, { registration: { id: result.data.id, eventId: id, status: 'REGISTERED' } });
});

/** No body, or a JSON object (nothing in it is needed yet). */
async function readOptionalBody(req: Request): Promise<void> {
  const text = await req.text();
  if (!text.trim()) return;
  if (!/^application\/(.+\+)?json\b/i.test(req.headers.get('content-type') ?? '')) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('MALFORMED_JSON', 'malformedJson');
  }
  if (!API.registerForEvent.body.safeParse(body).success) throw new ApiError('VALIDATION_FAILED', 'validation');
}

/** The signed-in member of a browser call. Loaded lazily: token clients never need the Auth.js stack. */
async function sessionUser() {
  const { getCurrentUser } = await import('@/lib/auth/session');
  return getCurrentUser();
}
