import type { NextRequest } from 'next/server';
import { apiRoute, errorResponse, requireApiUser } from '@/lib/api/http';
import { listApplicationsForOwner } from '@/lib/admissions/queries';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/**
 * The team's own applications with their decision messages. Built from the applicant-facing
 * query, which never reads reviewers' scores or internal comments.
 */
export const GET = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/v1/projects/[id]/applications'>) => {
  const { id } = await ctx.params;
  const user = await requireApiUser(req);
  const applications = await listApplicationsForOwner(user, id);
  if (!applications) return errorResponse(req, 'NOT_FOUND', 'projectNotFound');
  return respond(API.listProjectApplications, 200, {
    items: applications.map((a) => ({
      id: a.id,
      round: { id: a.round.id, name: a.round.name },
      status: a.status,
      answers: a.answers,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      decisionMessage: a.decisionMessage,
      decidedAt: a.decidedAt?.toISOString() ?? null,
    })),
    nextCursor: null,
  });
});
