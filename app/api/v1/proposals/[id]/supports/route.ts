import { apiRoute, failureResponse, requireApiOrSessionUser } from '@/lib/api/http';
import { supportProposal, withdrawSupport } from '@/lib/participation/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Support a proposal: once per member (a second support changes nothing and answers the same). */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/proposals/[id]/supports'>) => {
  const user = await requireApiOrSessionUser(req);
  const { id } = await ctx.params;
  const result = await supportProposal(user, id);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.supportProposal, 200, { proposalId: id, ...result.data });
});

/** Withdraw the caller's support while the consultation is open. */
export const DELETE = apiRoute(async (req, ctx: RouteContext<'/api/v1/proposals/[id]/supports'>) => {
  const user = await requireApiOrSessionUser(req);
  const { id } = await ctx.params;
  const result = await withdrawSupport(user, id);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.withdrawSupport, 200, { proposalId: id, ...result.data });
});
