'use server';

import { revalidatePath } from 'next/cache';
import { requireActionPermission } from '@/lib/auth/session';
import { invalid, type ActionResult } from '@/lib/result';
import { apiTokenCreateSchema, apiTokenRevokeSchema } from './schemas';
import * as tokens from './service';

export async function createApiTokenAction(_: unknown, form: FormData): Promise<ActionResult<{ name: string; token: string }>> {
  const input = apiTokenCreateSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('apiToken:manage');
  const result = await tokens.createApiToken(user, input.data);
  if (!result.ok) return result;
  revalidatePath('/settings/tokens');
  return { ok: true, data: { name: result.data.name, token: result.data.token } };
}

export async function revokeApiTokenAction(_: unknown, form: FormData): Promise<ActionResult> {
  const input = apiTokenRevokeSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const user = await requireActionPermission('apiToken:manage');
  const result = await tokens.revokeApiToken(user, input.data);
  if (result.ok) revalidatePath('/settings/tokens');
  return result;
}
