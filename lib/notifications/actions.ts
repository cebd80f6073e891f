'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { ok, type ActionResult } from '@/lib/result';
import { markAllRead } from './service';

export async function markNotificationsReadAction(): Promise<ActionResult> {
  const user = await requireUser();
  await markAllRead(user);
  revalidatePath('/dashboard');
  return ok();
}
