'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { clientIp, signOut } from '@/lib/auth/auth';
import { requireUser } from '@/lib/auth/session';
import { setLeaderboardPrivacy } from '@/lib/points/service';
import { invalid, ok, type ActionResult } from '@/lib/result';
import { setPublicProfileConsent } from './consents-service';
import { deleteAccount, type DeletionReport } from './deletion-service';
import { confirmEmailChange, requestEmailChange } from './email-change-service';
import { requestDataExport } from './export-service';
import { enqueueDataExport } from './jobs';
import { requestPasswordReset, resetPassword } from './password-reset-service';
import { changeEmailSchema, consentToggleSchema, deleteAccountSchema, forgotPasswordSchema, resetPasswordSchema, tokenSchema } from './schemas';
import { sendVerificationEmail, verifyEmail } from './verification-service';

const formObject = (form: FormData) => Object.fromEntries(form);

export async function forgotPasswordAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = forgotPasswordSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  return requestPasswordReset({ email: input.data.email, ip: clientIp(await headers()) });
}

export async function resetPasswordAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const input = resetPasswordSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const result = await resetPassword(input.data);
  if (!result.ok) return result;
  // Every session ended with the reset, this browser's too.
  await signOut({ redirect: false });
  return redirect({ href: '/sign-in?reset=1', locale });
}

export async function verifyEmailAction(_: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  const input = tokenSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const result = form.get('change') === '1' ? await confirmEmailChange(input.data.token) : await verifyEmail(input.data.token);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function resendVerificationAction(_state?: ActionResult | null, _form?: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return sendVerificationEmail(user.id);
}

export async function changeEmailAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = changeEmailSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  return requestEmailChange(user, input.data);
}

export async function requestDataExportAction(_state?: ActionResult | null, _form?: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const created = await requestDataExport(user);
  if (!created.ok) return created;
  await enqueueDataExport(created.data.id);
  revalidatePath('/settings/account');
  return ok();
}

export async function setConsentAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = consentToggleSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const user = await requireUser();
  if (input.data.kind === 'LEADERBOARD') {
    const result = await setLeaderboardPrivacy(user, !input.data.grant);
    if (!result.ok) return result;
  } else {
    await setPublicProfileConsent(user, input.data.grant);
  }
  revalidatePath('/', 'layout');
  return ok();
}

export async function deleteAccountAction(_: ActionResult<DeletionReport> | null, form: FormData): Promise<ActionResult<DeletionReport>> {
  const input = deleteAccountSchema.safeParse(formObject(form));
  if (!input.success) return invalid(input.error);
  const locale = await getLocale();
  const user = await requireUser();
  const result = await deleteAccount(user, input.data);
  if (!result.ok) return result;
  await signOut({ redirect: false });
  // Signed out, the settings page is gone: the privacy policy shows what was erased and kept.
  return redirect({ href: '/privacy?deleted=1', locale });
}
