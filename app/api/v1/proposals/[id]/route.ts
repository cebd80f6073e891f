import { apiRoute, ApiError, requireApiUser } from '@/lib/api/http';
import { findProposal, findViewerState } from '@/lib/participation/queries';
import { proposalCardJson } from '@/lib/participation/serialize';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** One visible proposal; a hidden one answers 404 like one that never was. */
export const GET = apiRoute(async (req, ctx: RouteContext<'/api/v1/proposals/[id]'>) => {
  const { id } = await ctx.params;
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const p = await findProposal(id, { signedIn: viewer !== null });
  if (!p) throw new ApiError('NOT_FOUND', 'proposalNotFound');
  const mine = viewer ? await findViewerState(viewer.id, id) : null;
  return respond(API.getProposal, 200, {
    ...proposalCardJson(p),
    consultationId: p.consultationId,
    body: p.body,
    imageUrl: p.imageKey ? `/api/files/${p.imageKey}` : null,
    withdrawReason: p.status === 'WITHDRAWN' ? p.withdrawReason : null,
    answers: p.answers.map((a) => ({ id: a.id, decision: a.decision, body: a.body, reason: a.reason || null, publishedAt: a.publishedAt!.toISOString(), rating: a.rating })),
    comments: p.comments.flatMap((c) => [c, ...c.replies]).map((c) => ({ id: c.id, parentId: c.parentId, body: c.body, author: c.author, createdAt: c.createdAt.toISOString() })),
    ...(mine ? { viewer: { supported: mine.supported, following: mine.following, isAuthor: mine.isAuthor } } : {}),
  });
});
