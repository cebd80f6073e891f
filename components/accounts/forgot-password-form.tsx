'use client';

import { useTranslations } from 'next-intl';
import { forgotPasswordAction } from '@/lib/accounts/actions';
import { forgotPasswordSchema } from '@/lib/accounts/schemas';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ForgotPasswordForm() {
  const t = useTranslations('accounts');
  const tAuth = useTranslations('auth');
  const { pending, onSubmit, formAction, errors, formError, state } = useFormAction(forgotPasswordSchema, forgotPasswordAction);
  if (state?.ok) return <Alert tone="success">{t('forgotSent')}</Alert>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={tAuth('email')} errors={errors?.email} required>
        <Input name="email" type="email" autoComplete="email" inputMode="email" />
      </Field>
      <Button type="submit" className="w-full" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('forgotSending') : t('forgotButton')}
      </Button>
    </form>
  );
}
