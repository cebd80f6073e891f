import { apiRoute, ApiError, failureResponse, requireApiOrSessionUser } from '@/lib/api/http';
import { registerForEvent } from '@/lib/events/service';
import { joinWaitlist } from '@/lib/events/waitlist-service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/**
 * Register the caller for an event: a bearer token, or the signed-in session (from this site's
 * pages only: Origin is checked). Body optional (`{}`). 201 with the registration; 409 when full
 * (EVENT_FULL), already registered (ALREADY_REGISTERED), closed or cancelled. With
 * `{ "waitlist": true }` a full event answers 201 with status WAITLISTED and the queue position.
 */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/events/[id]/registrations'>) => {
  const user = await requireApiOrSessionUser(req);
  const { id } = await ctx.params;
  const body = await readOptionalBody(req);
  const result = await registerForEvent(user, id);
  if (!result.ok && result.code === 'EVENT_FULL' && body.waitlist) {
    const joined = await joinWaitlist(user, id);
    if (!joined.ok) return failureResponse(req, joined);
    const { id: entryId, status, position } = joined.data;
    return respond(API.registerForEvent, 201, { registration: { id: entryId, eventId: id, status, ...(status === 'WAITLISTED' && position !== null ? { position } : {}) } });
  }
  if (!result.ok) return failureResponse(req, result);
  return respond(API.registerForEvent, 201, { registration: { id: result.data.id, eventId: id, status: 'REGISTERED' } });
});

/** No body, or a JSON object (`waitlist` is the one optional field). */
async function readOptionalBody(req: Request): Promise<{ waitlist?: boolean }> {
  const text = await req.text();
  if (!text.trim()) return {};
  if (!/^application\/(.+\+)?json\b/i.test(req.headers.get('content-type') ?? '')) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('MALFORMED_JSON', 'malformedJson');
  }
  const parsed = API.registerForEvent.body.safeParse(body);
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  return parsed.data;
}
