'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { eventIdSchema } from './schemas';
import * as waitlist from './waitlist-service';

async function run(form: FormData, fn: (user: Awaited<ReturnType<typeof requireActionPermission>>, eventId: string) => Promise<ActionResult<unknown>>): Promise<ActionResult> {
  const input = eventIdSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('event:register');
  const result = await fn(user, input.data.eventId);
  if (!result.ok) return result;
  revalidatePath('/', 'layout');
  return { ok: true, data: undefined };
}

export async function joinWaitlistAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, (user, eventId) => waitlist.joinWaitlist(user, eventId));
}

export async function leaveWaitlistAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, (user, eventId) => waitlist.leaveWaitlist(user, eventId));
}

export async function acceptOfferAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, (user, eventId) => waitlist.acceptOffer(user, eventId));
}

export async function declineOfferAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return run(form, (user, eventId) => waitlist.declineOffer(user, eventId));
}
