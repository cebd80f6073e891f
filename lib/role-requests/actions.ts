'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import type { BulkOutcome } from '@/lib/console/bulk';
import { roleRequestBulkDecisionSchema, roleRequestCreateSchema, roleRequestDecisionSchema } from './schemas';
import * as roleRequests from './service';

export async function requestRoleAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = roleRequestCreateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('roleRequest:create');
  const result = await roleRequests.requestRole(user, input.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function decideRoleRequestAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = roleRequestDecisionSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('roleRequest:review');
  const result = await roleRequests.decideRoleRequest(operator, input.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function decideRoleRequestsAction(_: ActionResult<BulkOutcome> | null, form: FormData): Promise<ActionResult<BulkOutcome>> {
  const input = roleRequestBulkDecisionSchema.safeParse({ requestIds: form.getAll('requestId'), decision: form.get('decision'), reason: form.get('reason') ?? undefined });
  if (!input.success) return invalid(input.error);
  const operator = await requireActionPermission('roleRequest:review');
  const result = await roleRequests.decideRoleRequests(operator, input.data);
  if (result.ok && result.data.applied.length) revalidatePath('/', 'layout');
  return result;
}
