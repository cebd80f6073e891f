import { ApiError, apiRoute, requireApiUser } from '@/lib/api/http';
import { listCampaigns } from '@/lib/campaigns/queries';
import { campaignCardJson } from '@/lib/campaigns/serialize';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Browse: anyone; a bearer token also shows campaigns of members-only projects. */
export const GET = apiRoute(async (req) => {
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const params = Object.fromEntries([...req.nextUrl.searchParams.entries()].filter(([, v]) => v !== ''));
  const parsed = API.listCampaigns.query.safeParse(params);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '_query'] ??= []).push(issue.message);
    throw new ApiError('VALIDATION_FAILED', 'validation', fields);
  }
  const page = await listCampaigns(viewer, parsed.data);
  return respond(API.listCampaigns, 200, { items: page.items.map(campaignCardJson), nextCursor: page.nextCursor });
});
