'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { calendarDayDeleteSchema, calendarDaySchema } from './schemas';
import * as calendar from './service';

export async function setCalendarDayAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = calendarDaySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const actor = await requireActionPermission('space:operate');
  const result = await calendar.setCalendarDay(actor, input.data);
  if (result.ok) revalidatePath('/operate/calendar', 'layout');
  return result;
}

export async function deleteCalendarDayAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = calendarDayDeleteSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const actor = await requireActionPermission('space:operate');
  const result = await calendar.deleteCalendarDay(actor, input.data);
  if (result.ok) revalidatePath('/operate/calendar', 'layout');
  return result;
}
