'use client';

import { useTranslations } from 'next-intl';
import { resetPasswordAction } from '@/lib/accounts/actions';
import { resetPasswordSchema } from '@/lib/accounts/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('accounts');
  const tAuth = useTranslations('auth');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(resetPasswordSchema, resetPasswordAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <input type="hidden" name="token" value={token} />
      <Field label={t('newPassword')} errors={errors?.password} hint={tAuth('passwordHint')} required>
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" className="w-full" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('resetSaving') : t('resetButton')}
      </Button>
    </form>
  );
}
