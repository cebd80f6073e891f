import { apiRoute, failureResponse, requireApiUser } from '@/lib/api/http';
import { cancelPledge } from '@/lib/pledges/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Cancel one's own pledge while the campaign is LIVE (another member's pledge is a 404). */
export const DELETE = apiRoute(async (req, ctx: RouteContext<'/api/v1/pledges/[id]'>) => {
  const user = await requireApiUser(req);
  const { id } = await ctx.params;
  const result = await cancelPledge(user, id);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.cancelPledge, 200, { id, status: 'CANCELLED' });
});
