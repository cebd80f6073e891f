import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { submitWork } from '@/lib/tasks/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** An assignee hands in work: `{ body, links? }`. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const user = await requireApiUser(req);
  const { id } = await params;
  const input = await readJson(req, API.submitTaskWork.body);
  const result = await submitWork(user, { taskId: id, ...input });
  if (!result.ok) return failureResponse(req, result);
  return respond(API.submitTaskWork, 201, { submission: { id: result.data.id, status: 'PENDING' } });
});
