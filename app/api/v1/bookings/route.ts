import { ApiError, apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { listMyBookings } from '@/lib/bookings/queries';
import { createBooking } from '@/lib/bookings/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** The caller's bookings: ?scope=upcoming|past&cursor=…&limit=… -> { items, nextCursor }. */
export const GET = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const parsed = API.listBookings.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  const page = await listMyBookings(user, parsed.data);
  return respond(API.listBookings, 200, {
    items: page.items.map((b) => ({
      ...b,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      checkedInAt: b.checkedInAt?.toISOString() ?? null,
      createdAt: b.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  });
});

/** { resourceId, startsAt (ISO 8601), durationMinutes, note? } -> 201, or 409 SLOT_TAKEN / 422 rule. */
export const POST = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const { projectId, ...input } = await readJson(req, API.createBooking.body);
  const result = await createBooking(user, { ...input, ...(projectId ? { projectId } : {}) });
  if (!result.ok) return failureResponse(req, result);
  const b = result.data;
  return respond(API.createBooking, 201, { id: b.id, status: b.status, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() });
});
