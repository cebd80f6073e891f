import { NextResponse } from 'next/server';
import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { applyBodySchema } from '@/lib/tasks/schemas';
import { applyToTask } from '@/lib/tasks/service';

/** Apply to a REVIEW task with `{ note }`; on a FIRST_COME task the same call claims a slot. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const user = await requireApiUser(req);
  const { id } = await params;
  const input = await readJson(req, applyBodySchema);
  const result = await applyToTask(user, { taskId: id, ...input });
  if (!result.ok) return failureResponse(req, result);
  const body =
    result.data.kind === 'application'
      ? { application: { id: result.data.id, status: 'PENDING' } }
      : { assignment: { id: result.data.id, status: 'ACTIVE' } };
  return NextResponse.json(body, { status: 201 });
});
