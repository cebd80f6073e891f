'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { ok, type ActionResult } from '@/lib/result';

export async function markNotificationsReadAction(): Promise<ActionResult> {
  const user = await requireUser();
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath('/dashboard');
  return ok();
}
