import { apiRoute, ApiError, requireApiUser } from '@/lib/api/http';
import { listOpenTasks } from '@/lib/tasks/queries';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/**
 * Open tasks, newest first: `?category=&location=&bounty=1&matches=1&cursor=&limit=`.
 * Public; with a bearer token `matches=1` filters by the member's profile skills.
 */
export const GET = apiRoute(async (req) => {
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const parsed = API.listTasks.query.safeParse(params);
  if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'validation');
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const page = await listOpenTasks(viewer, parsed.data);
  return respond(API.listTasks, 200, {
    items: page.items.map((t) => ({
      id: t.id,
      title: t.title,
      category: t.category,
      skills: t.skills,
      rewardPoints: t.rewardPoints,
      bountyFen: t.bountyFen,
      currency: 'CNY' as const,
      slots: t.slots,
      filledSlots: t.filledSlots,
      deadline: t.deadline.toISOString(),
      location: t.location,
      mode: t.mode,
      status: t.status,
      project: t.project,
      partnerName: t.partnerName || null,
      createdAt: t.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  });
});
