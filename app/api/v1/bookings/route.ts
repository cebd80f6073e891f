import { NextResponse } from 'next/server';
import { ApiError, apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { listMyBookings } from '@/lib/bookings/queries';
import { bookingCreateSchema, bookingListSchema } from '@/lib/bookings/schemas';
import { createBooking } from '@/lib/bookings/service';

/** The caller's bookings: ?scope=upcoming|past&cursor=…&limit=… -> { items, nextCursor }. */
export const GET = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const parsed = bookingListSchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  return NextResponse.json(await listMyBookings(user, parsed.data));
});

/** { resourceId, startsAt (ISO 8601), durationMinutes, note? } -> 201, or 409 SLOT_TAKEN / 422 rule. */
export const POST = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const { projectId, ...input } = await readJson(req, bookingCreateSchema);
  const result = await createBooking(user, { ...input, ...(projectId ? { projectId } : {}) });
  if (!result.ok) return failureResponse(req, result);
  return NextResponse.json(result.data, { status: 201 });
});
