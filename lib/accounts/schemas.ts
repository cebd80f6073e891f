import { z } from 'zod';
import { emailSchema, passwordSchema } from '@/lib/users/schemas';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** The consent part of the sign-up form; the terms and privacy policy must be accepted. */
export const signUpConsentSchema = z.object({
  terms: z.literal('on', { error: 'termsRequired' }).transform(() => true as const),
  leaderboard: checkbox,
  publicProfile: checkbox,
  /** The secret of an invitation link the member came from. */
  invite: z.string().max(100).optional().catch(undefined),
});
export type SignUpConsentInput = z.infer<typeof signUpConsentSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string({ error: 'accountLinkInvalid' }).min(1, 'accountLinkInvalid').max(100, 'accountLinkInvalid'),
  password: passwordSchema,
});

export const tokenSchema = z.object({ token: z.string({ error: 'accountLinkInvalid' }).min(1, 'accountLinkInvalid').max(100, 'accountLinkInvalid') });

/** The current password confirms the destructive or identity-changing requests. */
const currentPassword = z.string({ error: 'required' }).min(1, 'required').max(128, 'passwordTooLong');

export const changeEmailSchema = z.object({ email: emailSchema, password: currentPassword });

export const deleteAccountSchema = z.object({ password: currentPassword });

export const consentToggleSchema = z.object({
  kind: z.enum(['LEADERBOARD', 'PUBLIC_PROFILE'], { error: 'consentKindInvalid' }),
  grant: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});
