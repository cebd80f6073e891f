import { apiRoute, ApiError, failureResponse, readJson, requireApiOrSessionUser, requireApiUser } from '@/lib/api/http';
import { listProposals } from '@/lib/participation/queries';
import { createProposal } from '@/lib/participation/service';
import { proposalCardJson } from '@/lib/participation/serialize';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** `?status=&category=&sort=newest|supported|waiting&cursor=&limit=`; each parameter read on its own. */
export const GET = apiRoute(async (req, ctx: RouteContext<'/api/v1/consultations/[id]/proposals'>) => {
  const { id } = await ctx.params;
  const search = API.listProposals.query.parse(Object.fromEntries(req.nextUrl.searchParams));
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const page = await listProposals(id, search, { signedIn: viewer !== null });
  if (!page) throw new ApiError('NOT_FOUND', 'proposalNotFound');
  return respond(API.listProposals, 200, { items: page.items.map(proposalCardJson), nextCursor: page.nextCursor });
});

/** A proposal in an open consultation (no image through the API). */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/consultations/[id]/proposals'>) => {
  const user = await requireApiOrSessionUser(req);
  const { id } = await ctx.params;
  const input = await readJson(req, API.createProposal.body);
  const result = await createProposal(user, id, input);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.createProposal, 201, { proposal: { id: result.data.id, consultationId: id, status: 'NOT_ANSWERED' } });
});
