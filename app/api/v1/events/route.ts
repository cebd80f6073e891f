import { apiRoute, ApiError } from '@/lib/api/http';
import { listUpcomingEvents } from '@/lib/events/queries';
import { eventCardJson } from '@/lib/events/serialize';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Published events still to come, soonest first: `?kind=&cursor=&limit=`. Public. */
export const GET = apiRoute(async (req) => {
  const params = Object.fromEntries([...req.nextUrl.searchParams.entries()].filter(([, v]) => v !== ''));
  const parsed = API.listEvents.query.safeParse(params);
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  const page = await listUpcomingEvents(parsed.data);
  return respond(API.listEvents, 200, { items: page.items.map(eventCardJson), nextCursor: page.nextCursor });
});
