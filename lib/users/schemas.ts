import { z } from 'zod';
import { ALL_ROLES } from '@/lib/auth/permissions';

/**
 * Shared by the browser and the server. Error messages are keys of the `validation` namespace
 * in messages/*.json, so each reader sees them in their own language.
 */
export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(254, 'emailTooLong')
  .email('emailInvalid')
  .transform((v) => v.toLowerCase());

export const passwordSchema = z
  .string({ error: 'required' })
  .min(10, 'passwordTooShort')
  .max(128, 'passwordTooLong');

export const displayNameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(60, 'nameTooLong');

/** What a new member says they are. MENTOR and INVESTOR become role requests. */
export const signUpIntentSchema = z.enum(['MEMBER', 'ENTREPRENEUR', 'MENTOR', 'INVESTOR'], {
  error: 'intentInvalid',
});

export const signUpSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  password: passwordSchema,
  intent: signUpIntentSchema.default('ENTREPRENEUR'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Strength (zxcvbn) is checked on the server only: lib/users/server-schemas.ts. */
export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'required' }).min(1, 'required').max(128, 'passwordTooLong'),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'required' }).min(1, 'required').max(128, 'passwordTooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;

const skillsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、]/)))
  .transform((list) => [...new Set(list.map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(30, 'skillTooLong')).max(20, 'tooManySkills'));

export const profileSchema = z.object({
  name: displayNameSchema,
  bio: z.string().trim().max(1000, 'bioTooLong').default(''),
  organization: z.string().trim().max(100, 'organizationTooLong').default(''),
  skills: skillsSchema.default([]),
  locale: z.enum(['zh-CN', 'en'], { error: 'localeInvalid' }),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const roleGrantSchema = z.object({
  userId: z.string().min(1, 'required').max(64),
  role: z.enum(ALL_ROLES, { error: 'roleInvalid' }),
  grant: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
