import { apiRoute, errorResponse, requireApiUser } from '@/lib/api/http';
import { findCampaign } from '@/lib/campaigns/queries';
import { campaignDetailJson } from '@/lib/campaigns/serialize';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

export const GET = apiRoute(async (req, ctx: RouteContext<'/api/v1/campaigns/[id]'>) => {
  const { id } = await ctx.params;
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const campaign = await findCampaign(viewer, id);
  if (!campaign) return errorResponse(req, 'NOT_FOUND', 'campaignNotFound');
  return respond(API.getCampaign, 200, campaignDetailJson(campaign));
});
