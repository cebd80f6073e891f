import { NextResponse } from 'next/server';
import { apiRoute, failureResponse, readJson, requireApiUser } from '@/lib/api/http';
import { submitWorkBodySchema } from '@/lib/tasks/schemas';
import { submitWork } from '@/lib/tasks/service';

/** An assignee hands in work: `{ body, links? }`. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const user = await requireApiUser(req);
  const { id } = await params;
  const input = await readJson(req, submitWorkBodySchema);
  const result = await submitWork(user, { taskId: id, ...input });
  if (!result.ok) return failureResponse(req, result);
  return NextResponse.json({ submission: { id: result.data.id, status: 'PENDING' } }, { status: 201 });
});
