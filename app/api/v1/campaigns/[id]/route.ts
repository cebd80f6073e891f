import { NextResponse } from 'next/server';
import { apiRoute, errorResponse, requireApiUser } from '@/lib/api/http';
import { findCampaign } from '@/lib/campaigns/queries';
import { campaignDetailJson } from '@/lib/campaigns/serialize';

export const GET = apiRoute(async (req, ctx: RouteContext<'/api/v1/campaigns/[id]'>) => {
  const { id } = await ctx.params;
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const campaign = await findCampaign(viewer, id);
  if (!campaign) return errorResponse(req, 'NOT_FOUND', 'campaignNotFound');
  return NextResponse.json(campaignDetailJson(campaign));
});
