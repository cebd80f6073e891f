import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { getFaultCategoryByCode } from '@/lib/faults/queries';
import { open311Error } from '@/lib/faults/open311';
import { isStorableText } from '@/lib/validation';

/** GeoReport v2 service definition (`/services/{code}.json`): our services take no extra attributes. */
export async function GET(_req: NextRequest, ctx: RouteContext<'/api/open311/v2/services/[code]'>) {
  const { code: raw } = await ctx.params;
  const match = /^(.+)\.json$/.exec(raw);
  if (!match) return open311Error(404, 'only the JSON format is offered');
  const code = match[1];
  if (!isStorableText(code) || code.length > 40) return open311Error(404, 'service_code not found');
  try {
    const category = await getFaultCategoryByCode(code);
    if (!category) return open311Error(404, 'service_code not found');
    return NextResponse.json({ service_code: category.code, attributes: [] });
  } catch (error) {
    console.error('[open311]', error);
    return open311Error(500, 'internal error');
  }
}
