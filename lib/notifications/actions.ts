'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { invalid, ok, type ActionResult } from '@/lib/result';
import { CHANNEL_SETTINGS, KIND_LIST } from './kinds';
import { preferencesSchema } from './schemas';
import { markRead, savePreferences } from './service';

function revalidate() {
  revalidatePath('/', 'layout');
}

/** Every unread notification of the member (dashboard card, centre). */
export async function markNotificationsReadAction(): Promise<ActionResult> {
  const user = await requireUser();
  await markRead(user, { all: true });
  revalidate();
  return ok();
}

/** One notification (the `id` field); someone else's id changes nothing. */
export async function markNotificationReadAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const id = String(form.get('id') ?? '');
  if (id) await markRead(user, { ids: [id] });
  revalidate();
  return ok();
}

/** The kind x channel matrix (`kind:<kind>` = ALL | IN_APP | EMAIL | OFF) and `emailFrequency`. */
export async function savePreferencesAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const settings: Record<string, string> = {};
  for (const kind of KIND_LIST) {
    const inApp = form.get(`inApp:${kind}`) === 'on';
    const email = form.get(`email:${kind}`) === 'on';
    const v = form.get(`kind:${kind}`);
    if (typeof v === 'string' && (CHANNEL_SETTINGS as readonly string[]).includes(v)) settings[kind] = v;
    else settings[kind] = inApp && email ? 'ALL' : inApp ? 'IN_APP' : email ? 'EMAIL' : 'OFF';
  }
  const input = preferencesSchema.safeParse({ emailFrequency: form.get('emailFrequency'), settings });
  if (!input.success) return invalid(input.error);
  await savePreferences(user, input.data);
  revalidatePath('/notifications/preferences');
  return ok();
}
