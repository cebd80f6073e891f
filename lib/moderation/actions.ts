'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, ok, type ActionResult } from '@/lib/result';
import { moderateSchema, reportSchema } from './schemas';
import { moderateContent, reportContent } from './service';

export async function reportAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = reportSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const r = await reportContent(user, input.data);
  if (!r.ok) return r;
  if (r.data.hidden) revalidatePath('/', 'layout');
  return ok();
}

export async function moderateAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = moderateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const r = await moderateContent(user, input.data);
  if (r.ok) revalidatePath('/', 'layout');
  return r;
}
