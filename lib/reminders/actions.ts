'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { bookingReminderHoursSchema } from './schemas';
import { updateBookingReminderHours } from './settings';

export async function updateBookingReminderHoursAction(_: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const input = bookingReminderHoursSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('space:operate');
  const result = await updateBookingReminderHours(user, input.data);
  if (result.ok) revalidatePath('/operate/space');
  return result;
}
