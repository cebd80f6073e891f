'use client';

import { useTranslations } from 'next-intl';
import { signInAction } from '@/lib/users/actions';
import { signInSchema } from '@/lib/users/schemas';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function SignInForm({ next, defaultEmail }: { next?: string; defaultEmail?: string }) {
  const t = useTranslations('auth');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(signInSchema, signInAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field label={t('email')} errors={errors?.email} required>
        <Input name="email" type="email" autoComplete="email" inputMode="email" defaultValue={defaultEmail} />
      </Field>
      <Field label={t('password')} errors={errors?.password} required>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" className="w-full" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('signingIn') : t('signInButton')}
      </Button>
    </form>
  );
}
