import { NextResponse } from 'next/server';
import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { roleRequestCreateSchema } from '@/lib/role-requests/schemas';
import { requestRole } from '@/lib/role-requests/service';

/** Ask for MENTOR or INVESTOR. Any other role is refused by the schema (and by the database). */
export const POST = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const input = await readJson(req, roleRequestCreateSchema);
  const result = await requestRole(user, input);
  if (!result.ok) return failureResponse(req, result);
  return NextResponse.json({ id: result.data.id, role: input.role, status: 'PENDING' }, { status: 201 });
});
