import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/health/queries';

export const dynamic = 'force-dynamic';

export async function GET() {
  const up = await checkDatabase();
  return NextResponse.json({ status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' }, { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
