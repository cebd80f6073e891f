import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { apiLocale } from '@/lib/api/http';
import { getOpen311Request } from '@/lib/faults/queries';
import { open311Error, requestJson } from '@/lib/faults/open311';
import { isStorableText } from '@/lib/validation';

/** GeoReport v2 single request (`/requests/{id}.json`): an array of one, as the spec answers. */
export async function GET(req: NextRequest, ctx: RouteContext<'/api/open311/v2/requests/[id]'>) {
  const { id: raw } = await ctx.params;
  const match = /^(.+)\.json$/.exec(raw);
  if (!match) return open311Error(404, 'only the JSON format is offered');
  const id = match[1];
  if (!isStorableText(id) || id.length > 64) return open311Error(404, 'service_request_id not found');
  try {
    const r = await getOpen311Request(id);
    if (!r) return open311Error(404, 'service_request_id not found');
    return NextResponse.json([requestJson(r, apiLocale(req))]);
  } catch (error) {
    console.error('[open311]', error);
    return open311Error(500, 'internal error');
  }
}
