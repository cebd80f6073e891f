import { getCurrentUser } from '@/lib/auth/session';
import { findDownloadableExport } from '@/lib/accounts/queries';

/** The archive, for its signed-in owner while the link is valid; anyone else gets a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to download your data.' } }, { status: 401 });
  const row = await findDownloadableExport(user, id.slice(0, 40));
  if (!row) return Response.json({ error: { code: 'NOT_FOUND', message: 'Not found.' } }, { status: 404 });
  return new Response(JSON.stringify(row.archive, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="zhongchuang-my-data-${row.id}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
