'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { changePasswordAction } from '@/lib/users/actions';
import { changePasswordSchema } from '@/lib/users/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function ChangePasswordForm() {
  const t = useTranslations('profile');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(changePasswordSchema, changePasswordAction, (_, form) => {
    form?.reset();
    toast.success(t('passwordChanged'));
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 border-t border-slate-100 pt-5" aria-labelledby="change-password-title">
      <div>
        <h2 id="change-password-title" className="font-medium text-slate-900">
          {t('securityTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('securityDescription')}</p>
      </div>
      <FormAlert message={formError} />
      <Field label={t('currentPassword')} errors={errors?.currentPassword} required>
        <Input name="currentPassword" type="password" autoComplete="current-password" />
      </Field>
      <Field label={t('newPassword')} hint={t('newPasswordHint')} errors={errors?.newPassword} required>
        <Input name="newPassword" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" variant="outline" disabled={pending} aria-busy={pending}>
        {pending ? t('changingPassword') : t('changePassword')}
      </Button>
    </form>
  );
}
