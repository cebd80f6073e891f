import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { apiLocale } from '@/lib/api/http';
import { listFaultCategories } from '@/lib/faults/queries';
import { open311Error, serviceJson } from '@/lib/faults/open311';

/** GeoReport v2 service list: one service per fault category. */
export async function GET(req: NextRequest) {
  try {
    const locale = apiLocale(req);
    return NextResponse.json((await listFaultCategories()).map((c) => serviceJson(c, locale)));
  } catch (error) {
    console.error('[open311]', error);
    return open311Error(500, 'internal error');
  }
}
