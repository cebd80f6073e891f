import { apiRoute, requireApiUser } from '@/lib/api/http';
import { listConsultations } from '@/lib/participation/queries';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Consultations that have opened, the suggestion box first. Public; a token adds members-only ones. */
export const GET = apiRoute(async (req) => {
  const params = API.listConsultations.query.parse(Object.fromEntries(req.nextUrl.searchParams));
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const page = await listConsultations({ signedIn: viewer !== null, cursor: params.cursor, limit: params.limit });
  return respond(API.listConsultations, 200, {
    items: page.items.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      standing: c.standing,
      audience: c.audience,
      categories: c.categories,
      opensAt: c.opensAt.toISOString(),
      closesAt: c.closesAt?.toISOString() ?? null,
      open: c.open,
      answerDeadlineDays: c.answerDeadlineDays,
      supportThreshold: c.supportThreshold,
      proposalCount: c.proposalCount,
    })),
    nextCursor: page.nextCursor,
  });
});
