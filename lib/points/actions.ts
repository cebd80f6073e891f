'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { leaderboardPrivacySchema } from './schemas';
import * as points from './service';

export async function setLeaderboardPrivacyAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = leaderboardPrivacySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('profile:edit');
  const result = await points.setLeaderboardPrivacy(user, input.data.hide);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
