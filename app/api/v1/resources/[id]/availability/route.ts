import { ApiError, apiRoute, requireApiUser } from '@/lib/api/http';
import { getAvailability } from '@/lib/bookings/queries';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Free intervals in [from, to) (ISO 8601), in UTC and in the space's local time. */
export const GET = apiRoute(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser(req);
  const parsed = API.getResourceAvailability.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '_query'] ??= []).push(issue.message);
    throw new ApiError('VALIDATION_FAILED', 'validation', fields);
  }
  const result = await getAvailability((await params).id, parsed.data.from, parsed.data.to);
  if (!result) throw new ApiError('NOT_FOUND', 'resourceNotFound');
  return respond(API.getResourceAvailability, 200, result);
});
