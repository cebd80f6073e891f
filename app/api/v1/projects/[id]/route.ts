import type { NextRequest } from 'next/server';
import { apiRoute, errorResponse, requireApiUser } from '@/lib/api/http';
import { findProject } from '@/lib/projects/queries';
import { projectJson } from '../json';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** One project; 404 when it does not exist or the caller may not see it. */
export const GET = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/v1/projects/[id]'>) => {
  const { id } = await ctx.params;
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const p = await findProject(viewer, id);
  if (!p) return errorResponse(req, 'NOT_FOUND', 'projectNotFound');
  return respond(API.getProject, 200, {
    ...projectJson(p),
    description: p.description,
    links: p.links,
    team: p.members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })),
    milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn.toISOString().slice(0, 10), done: m.done })),
    mentors: p.mentorships.map((m) => ({ id: m.mentor.id, name: m.mentor.name })),
  });
});
