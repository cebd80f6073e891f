'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { clientIp, signIn, signOut } from '@/lib/auth/auth';
import { requireActionPermission, requireUser } from '@/lib/auth/session';
import { signInBlockedForMs } from '@/lib/auth/rate-limit-service';
import { safeNextPath } from '@/lib/auth/safe-next';
import { fail, invalid, type ActionResult } from '@/lib/result';
import { profileSchema, roleGrantSchema, signInSchema } from './schemas';
import { changePasswordServerSchema, signUpServerSchema } from './server-schemas';
import * as users from './service';
import { signUpConsentSchema } from '@/lib/accounts/schemas';

function formObject(form: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(form);
}

export async function signUpAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const input = signUpServerSchema.and(signUpConsentSchema).safeParse({ ...formObject(form), locale });
  if (!input.success) return invalid(input.error);
  const created = await users.signUp(input.data);
  if (!created.ok) return created;
  await signIn('credentials', { email: input.data.email, password: input.data.password, redirect: false });
  return redirect({ href: '/dashboard?welcome=1', locale });
}

export async function signInAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const input = signInSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  try {
    await signIn('credentials', { ...input.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      const code = (error as AuthError & { code?: string }).code;
      if (code === 'rate_limited') {
        const ms = await signInBlockedForMs(input.data.email, clientIp(await headers()));
        return fail('RATE_LIMITED', `rateLimited:${Math.max(1, Math.ceil(ms / 60_000))}`);
      }
      return fail('INVALID_CREDENTIALS', 'invalidCredentials');
    }
    throw error;
  }
  return redirect({ href: safeNextPath(form.get('next')), locale });
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect({ href: '/', locale });
}

/**
 * Ends every session (this device's too, on every instance), then signs this device in again
 * with the new password, so only whoever changed it stays signed in.
 */
export async function changePasswordAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const input = changePasswordServerSchema([user.email, user.name]).safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const result = await users.changePassword(user, input.data);
  if (!result.ok) return result;
  await signIn('credentials', { email: user.email, password: input.data.newPassword, redirect: false });
  return result;
}

/** For a lost phone or a shared computer: every copy of every cookie of this member stops working. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  const locale = await getLocale();
  await users.revokeSessions(user.id);
  await signOut({ redirect: false });
  redirect({ href: '/sign-in?signedOut=everywhere', locale });
}

export async function updateProfileAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = profileSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  const result = await users.updateProfile(user, input.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function setRoleAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = roleGrantSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const admin = await requireActionPermission('role:grant');
  const result = await users.setRole(admin, input.data);
  if (result.ok) revalidatePath('/', 'layout');
  return result.ok ? { ok: true, data: undefined } : result;
}
