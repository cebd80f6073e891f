'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { callBackSchema, classifySchema, completeFixSchema, decideAppealSchema, rateSchema, ratingSettingsSchema } from './schemas';
import { callBackRater, classifyCase, completeFix, decideAppeal, rateService, updateRatingSettings } from './service';

export async function rateServiceAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = rateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await rateService(user, input.data);
  if (result.ok) {
    revalidatePath('/ratings', 'layout');
    revalidatePath('/service-quality');
  }
  return result;
}

export async function callBackAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = callBackSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const result = await callBackRater(user, input.data);
  if (result.ok) revalidatePath('/operate/ratings', 'layout');
  return result;
}

export async function classifyAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = classifySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const result = await classifyCase(user, input.data);
  if (result.ok) revalidatePath('/operate/ratings', 'layout');
  return result;
}

export async function completeFixAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = completeFixSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const result = await completeFix(user, input.data);
  if (result.ok) revalidatePath('/operate/ratings', 'layout');
  return result;
}

export async function decideAppealAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = decideAppealSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('rating:decide');
  const result = await decideAppeal(user, input.data);
  if (result.ok) revalidatePath('/operate/ratings', 'layout');
  return result;
}

export async function updateRatingSettingsAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = ratingSettingsSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const result = await updateRatingSettings(user, input.data);
  if (result.ok) revalidatePath('/operate/space');
  return result;
}
