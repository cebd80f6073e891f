import 'server-only';
import { z } from 'zod';
import { passwordWeakness } from '@/lib/auth/password-strength';
import { changePasswordSchema, emailSchema, displayNameSchema, passwordSchema, signUpSchema } from './schemas';

/**
 * The shared schemas plus what only the server checks: password strength, whose dictionaries
 * stay out of the browser bundle. Every place that sets a password parses one of these.
 */
function refuseWeak(password: string, related: string[], path: string, ctx: z.RefinementCtx) {
  const weakness = passwordWeakness(password, related);
  if (weakness) ctx.addIssue({ code: 'custom', message: weakness, path: [path] });
}

export const signUpServerSchema = signUpSchema.superRefine((v, ctx) => refuseWeak(v.password, [v.email, v.name], 'password', ctx));

/** `related` are the member's e-mail and name, so a password made of them is refused. */
export function changePasswordServerSchema(related: string[]) {
  return changePasswordSchema.superRefine((v, ctx) => {
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: 'custom', message: 'passwordUnchanged', path: ['newPassword'] });
    else refuseWeak(v.newPassword, related, 'newPassword', ctx);
  });
}

/** `npm run admin:create`. */
export const adminCreateSchema = z
  .object({ email: emailSchema, name: displayNameSchema, password: passwordSchema })
  .superRefine((v, ctx) => refuseWeak(v.password, [v.email, v.name], 'password', ctx));
