import { apiRoute, errorResponse, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { createPledge } from '@/lib/pledges/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/**
 * Pledge with an `Idempotency-Key` header (8-100 characters): the first request answers 201,
 * a retry with the same key answers 200 with the same pledge.
 */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/campaigns/[id]/pledges'>) => {
  const user = await requireApiUser(req);
  const { id } = await ctx.params;
  const key = req.headers.get('idempotency-key')?.trim() ?? '';
  if (key.length < 8 || key.length > 100) return errorResponse(req, 'IDEMPOTENCY_KEY_REQUIRED', 'idempotencyKeyRequired');
  const input = await readJson(req, API.createPledge.body);
  const result = await createPledge(user, { campaignId: id, tierId: input.tierId ?? null, amountFen: input.amountFen, idempotencyKey: key });
  if (!result.ok) return failureResponse(req, result);
  const p = result.data.pledge;
  const body = { id: p.id, campaignId: p.campaignId, tierId: p.tierId, amountFen: p.amountFen, currency: 'CNY' as const, status: p.status, createdAt: p.createdAt.toISOString() };
  return result.data.replayed ? respond(API.createPledge, 200, body) : respond(API.createPledge, 201, body);
});
