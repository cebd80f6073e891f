import { apiRoute, requireApiUser } from '@/lib/api/http';
import { listResources } from '@/lib/bookings/queries';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Active resources; filters: ?kind=MEETING_ROOM&zone=…&freeAt=2026-11-23T14:00 (space-local). */
export const GET = apiRoute(async (req) => {
  await requireApiUser(req);
  const filter = API.listResources.query.parse(Object.fromEntries(req.nextUrl.searchParams));
  // The stored picture key is the pages' business; the API's resource shape has no picture yet.
  const items = (await listResources(filter)).map(({ photoKey: _photo, ...resource }) => resource);
  return respond(API.listResources, 200, { items });
});
