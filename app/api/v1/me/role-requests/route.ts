import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { requestRole } from '@/lib/role-requests/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Ask for MENTOR or INVESTOR. Any other role is refused by the schema (and by the database). */
export const POST = apiRoute(async (req) => {
  const user = await requireApiUser(req);
  const input = await readJson(req, API.createRoleRequest.body);
  const result = await requestRole(user, input);
  if (!result.ok) return failureResponse(req, result);
  return respond(API.createRoleRequest, 201, { id: result.data.id, role: input.role, status: 'PENDING' });
});
