import type { NextRequest } from 'next/server';
import { apiRoute, ApiError, requireApiUser } from '@/lib/api/http';
import { listProjects } from '@/lib/projects/queries';
import { projectJson } from './json';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Visible projects: public ones without a token; with a token also members-only and the caller's own. */
export const GET = apiRoute(async (req: NextRequest) => {
  const viewer = req.headers.get('authorization') ? await requireApiUser(req) : null;
  const parsed = API.listProjects.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '_query'] ??= []).push(issue.message);
    throw new ApiError('VALIDATION_FAILED', 'validation', fields);
  }
  const page = await listProjects(viewer, parsed.data);
  return respond(API.listProjects, 200, { items: page.items.map(projectJson), nextCursor: page.nextCursor });
});
