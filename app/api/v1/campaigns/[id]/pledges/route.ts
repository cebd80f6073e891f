import { apiRoute, errorResponse, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { idempotencyKeySchema } from '@/lib/campaigns/schemas';
import { createPledge } from '@/lib/pledges/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** The service names the checkout form's fields; the API body nests them under `shipping`. */
const FIELD_NAMES: Record<string, string> = { shipName: 'shipping.name', shipPhone: 'shipping.phone', shipAddress: 'shipping.address', amount: 'amountFen' };
function apiFields(fields: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [FIELD_NAMES[k] ?? k, v]));
}

/**
 * Pledge with an `Idempotency-Key` header (8-64 characters): the first request answers 201,
 * a retry with the same key answers 200 with the same pledge. A tier that ships a physical
 * reward needs `shipping` (else 422 SHIPPING_ADDRESS_REQUIRED, naming the missing fields).
 */
export const POST = apiRoute(async (req, ctx: RouteContext<'/api/v1/campaigns/[id]/pledges'>) => {
  const user = await requireApiUser(req);
  const { id } = await ctx.params;
  const key = idempotencyKeySchema.safeParse(req.headers.get('idempotency-key') ?? '');
  if (!key.success) return errorResponse(req, 'IDEMPOTENCY_KEY_REQUIRED', 'idempotencyKeyRequired');
  const input = await readJson(req, API.createPledge.body);
  const result = await createPledge(user, {
    campaignId: id,
    tierId: input.tierId ?? null,
    amountFen: input.amountFen,
    idempotencyKey: key.data,
    paymentMethod: input.paymentMethod,
    shipping: input.shipping ?? null,
  });
  if (!result.ok) return failureResponse(req, { ...result, ...(result.fieldErrors ? { fieldErrors: apiFields(result.fieldErrors) } : {}) });
  const p = result.data.pledge;
  const body = { id: p.id, campaignId: p.campaignId, tierId: p.tierId, amountFen: p.amountFen, currency: 'CNY' as const, status: p.status, createdAt: p.createdAt.toISOString() };
  return result.data.replayed ? respond(API.createPledge, 200, body) : respond(API.createPledge, 201, body);
});
