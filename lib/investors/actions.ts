'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { introductionResponseSchema, introductionSchema } from './schemas';
import * as introductions from './service';

export async function requestIntroductionAction(_: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = introductionSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('investor:watchlist');
  const result = await introductions.requestIntroduction(user, { projectId: input.data.projectId, ticketFen: input.data.ticket, message: input.data.message });
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function respondToIntroductionAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = introductionResponseSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await introductions.respondToIntroduction(user, input.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
