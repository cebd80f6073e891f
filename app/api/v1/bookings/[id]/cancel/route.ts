import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { cancelBooking } from '@/lib/bookings/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

export const POST = apiRoute(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(req);
  const { reason } = await readJson(req, API.cancelBooking.body);
  const result = await cancelBooking(user, { bookingId: (await params).id, reason });
  if (!result.ok) return failureResponse(req, result);
  return respond(API.cancelBooking, 200, result.data);
});
