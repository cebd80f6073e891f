import { NextResponse } from 'next/server';
import { apiRoute, requireApiUser } from '@/lib/api/http';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignSearchSchema } from '@/lib/campaigns/schemas';
import { campaignCardJson } from '@/lib/campaigns/serialize';

/** Browse: anyone; a bearer token also shows campaigns of members-only projects. */
export const GET = apiRoute(async (req) => {
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const params = Object.fromEntries([...req.nextUrl.searchParams.entries()].filter(([, v]) => v !== ''));
  const page = await listCampaigns(viewer, campaignSearchSchema.parse(params));
  return NextResponse.json({ items: page.items.map(campaignCardJson), nextCursor: page.nextCursor });
});
