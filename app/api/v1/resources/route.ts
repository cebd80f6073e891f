import { NextResponse } from 'next/server';
import { apiRoute, requireApiUser } from '@/lib/api/http';
import { listResources } from '@/lib/bookings/queries';
import { resourceFilterSchema } from '@/lib/bookings/schemas';

/** Active resources; filters: ?kind=MEETING_ROOM&zone=…&freeAt=2026-11-23T14:00 (space-local). */
export const GET = apiRoute(async (req) => {
  await requireApiUser(req);
  const filter = resourceFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const items = await listResources(filter);
  return NextResponse.json({ items });
});
