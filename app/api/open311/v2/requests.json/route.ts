import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { apiLocale, MAX_JSON_BYTES } from '@/lib/api/http';
import { authenticateBearer } from '@/lib/api-tokens/service';
import { getFaultCategoryByCode, getOpen311Request, listOpen311Requests } from '@/lib/faults/queries';
import { reportFault } from '@/lib/faults/service';
import { MAX_DESCRIPTION } from '@/lib/faults/schemas';
import { open311Error, parseW3cDate, requestJson } from '@/lib/faults/open311';
import { isStorableText } from '@/lib/validation';

function param(v: string | null): string | null {
  return v === null || !isStorableText(v) ? null : v.trim();
}

/**
 * GeoReport v2 request list. Filters: service_request_id (comma-separated; the others are then
 * ignored, as the spec says), service_code, start_date, end_date (W3C dates; default: the last
 * 90 days), status (open | closed). At most 1,000, newest first.
 */
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams;
  const ids = param(q.get('service_request_id'));
  const start = parseW3cDate(param(q.get('start_date')));
  const end = parseW3cDate(param(q.get('end_date')));
  const status = param(q.get('status'));
  if (start === 'invalid') return open311Error(400, 'start_date is not a W3C date');
  if (end === 'invalid') return open311Error(400, 'end_date is not a W3C date');
  if (status && status !== 'open' && status !== 'closed') return open311Error(400, 'status must be open or closed');
  try {
    const rows = await listOpen311Requests({
      ...(ids ? { ids: ids.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 100) } : {}),
      ...(param(q.get('service_code')) ? { serviceCode: param(q.get('service_code'))! } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(status ? { status: status as 'open' | 'closed' } : {}),
    });
    const locale = apiLocale(req);
    return NextResponse.json(rows.map((r) => requestJson(r, locale)));
  } catch (error) {
    console.error('[open311]', error);
    return open311Error(500, 'internal error');
  }
}

/** The request's fields: form-encoded (as GeoReport v2 posts them) or a JSON object. */
async function readFields(req: NextRequest): Promise<Record<string, string> | null> {
  const type = req.headers.get('content-type') ?? '';
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES) return null;
  if (/^application\/(.+\+)?json\b/i.test(type)) {
    try {
      const body: unknown = JSON.parse(text);
      if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
      return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
    } catch {
      return null;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * GeoReport v2 create: `api_key` is a personal API token of this platform (also accepted as
 * `Authorization: Bearer`); the report is filed as that token's member. Required: service_code,
 * description. Optional: address_string (where in the space), address_id (a resource's id).
 */
export async function POST(req: NextRequest) {
  try {
    const fields = await readFields(req);
    if (!fields) return open311Error(400, 'the body is not a form or a JSON object');
    const apiKey = fields.api_key ?? req.nextUrl.searchParams.get('api_key');
    const auth = await authenticateBearer(apiKey ? `Bearer ${apiKey}` : req.headers.get('authorization'));
    if (!auth.ok) return open311Error(auth.code === 'UNAUTHENTICATED' ? 401 : 403, auth.code === 'UNAUTHENTICATED' ? 'api_key is required' : 'api_key is not valid');
    const code = param(fields.service_code ?? null);
    const description = param(fields.description ?? null) ?? '';
    if (!code) return open311Error(400, 'service_code is required');
    const category = await getFaultCategoryByCode(code.slice(0, 40));
    if (!category) return open311Error(404, 'service_code not found');
    if (!description) return open311Error(400, 'description is required');
    if (description.length > MAX_DESCRIPTION) return open311Error(400, `description is longer than ${MAX_DESCRIPTION} characters`);
    const location = (param(fields.address_string ?? null) ?? '').slice(0, 200);
    const resourceId = param(fields.address_id ?? null)?.slice(0, 64) || undefined;
    const result = await reportFault(auth.user, { categoryId: category.id, description, location, anonymous: false, ...(resourceId ? { resourceId } : {}) });
    if (!result.ok) return open311Error(result.code === 'NOT_FOUND' ? 404 : 400, result.code === 'NOT_FOUND' ? 'address_id not found' : 'the request is not valid');
    const r = await getOpen311Request(result.data.id);
    const locale = apiLocale(req);
    return NextResponse.json([{ service_request_id: result.data.id, service_notice: r ? `${requestJson(r, locale).service_name}` : '', account_id: null }], { status: 201 });
  } catch (error) {
    console.error('[open311]', error);
    return open311Error(500, 'internal error');
  }
}
