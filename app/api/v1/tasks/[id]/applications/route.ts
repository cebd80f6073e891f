import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { applyToTask } from '@/lib/tasks/service';
import { API } from '@/lib/api/registry';
import { respond } from '@/lib/api/respond';

/** Apply to a REVIEW task with `{ note }`; on a FIRST_COME task the same call claims a slot. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const user = await requireApiUser(req);
  const { id } = await params;
  const input = await readJson(req, API.applyToTask.body);
  const result = await applyToTask(user, { taskId: id, ...input });
  if (!result.ok) return failureResponse(req, result);
  return respond(
    API.applyToTask,
    201,
    result.data.kind === 'application' ? { application: { id: result.data.id, status: 'PENDING' } } : { assignment: { id: result.data.id, status: 'ACTIVE' } },
  );
});
