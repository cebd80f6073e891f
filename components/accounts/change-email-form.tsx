'use client';

import { useTranslations } from 'next-intl';
import { changeEmailAction } from '@/lib/accounts/actions';
import { changeEmailSchema } from '@/lib/accounts/schemas';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ChangeEmailForm() {
  const t = useTranslations('accounts');
  const { pending, onSubmit, formAction, errors, formError, state } = useFormAction(changeEmailSchema, changeEmailAction, (_d, form) => form?.reset());
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {state?.ok && <Alert tone="success">{t('changeEmailSent')}</Alert>}
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('newEmail')} errors={errors?.email} required>
          <Input name="email" type="email" autoComplete="email" inputMode="email" />
        </Field>
        <Field label={t('currentPassword')} errors={errors?.password} required>
          <Input name="password" type="password" autoComplete="current-password" />
        </Field>
      </div>
      <Button type="submit" variant="outline" disabled={pending} aria-busy={pending}>
        {pending ? t('changeEmailSending') : t('changeEmailButton')}
      </Button>
    </form>
  );
}
