import { NextResponse } from 'next/server';
import { apiRoute, ApiError } from '@/lib/api/http';
import { listUpcomingEvents } from '@/lib/events/queries';
import { eventSearchSchema } from '@/lib/events/schemas';
import { eventCardJson } from '@/lib/events/serialize';

/** Published events still to come, soonest first: `?kind=&cursor=&limit=`. Public. */
export const GET = apiRoute(async (req) => {
  const params = Object.fromEntries([...req.nextUrl.searchParams.entries()].filter(([, v]) => v !== ''));
  const parsed = eventSearchSchema.safeParse(params);
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  const page = await listUpcomingEvents(parsed.data);
  return NextResponse.json({ items: page.items.map(eventCardJson), nextCursor: page.nextCursor });
});
