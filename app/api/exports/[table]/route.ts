import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { openExport } from '@/lib/exports/open';
import { paramsObject } from '@/lib/exports/params';
import { exportRequestSchema } from '@/lib/exports/schemas';

/**
 * A table's export, streamed: `/api/exports/bookings?format=xlsx&locale=en&status=PENDING`.
 * Staff only; anyone else, or an unknown table, gets 404. The rest of the query string is the
 * page's own filter.
 */
export async function GET(req: Request, ctx: RouteContext<'/api/exports/[table]'>) {
  const { table } = await ctx.params;
  const params = paramsObject(new URL(req.url).searchParams);
  const request = exportRequestSchema.safeParse({ ...params, table });
  if (!request.success) return notFound();
  const t = await getTranslations({ locale: request.data.locale });
  const opened = await openExport(await getCurrentUser(), request.data.table, params, { format: request.data.format, t: (key) => t(key as never) });
  if (!opened) return notFound();
  return new Response(opened.body, {
    headers: {
      'Content-Type': opened.contentType,
      // RFC 6266: an ASCII fallback and the real (Chinese) name.
      'Content-Disposition': `attachment; filename="${request.data.table}.${request.data.format}"; filename*=UTF-8''${encodeURIComponent(opened.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
