import { storage } from '@/lib/storage';

/**
 * Uploaded pictures, one route for every size. A key names one immutable file (a replaced
 * picture gets a new key), so browsers and proxies may keep it for a year. The type comes from
 * the key the upload chose; the headers stop a browser from sniffing another type or running
 * anything inside the file.
 */
export async function GET(_req: Request, ctx: RouteContext<'/api/files/[key]'>) {
  const { key } = await ctx.params;
  const file = await storage.get(key);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
