'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { verifyEmailAction } from '@/lib/accounts/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** A button, not a visit: mail scanners that open links must not use the link up. */
export function VerifyEmailForm({ token, change }: { token: string; change: boolean }) {
  const t = useTranslations('accounts');
  const { pending, onSubmit, formAction, formError, state } = useFormAction(null, verifyEmailAction);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t('verified', { email: state.data.email })}</Alert>
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          {t('toDashboard')}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={formError} />
      <input type="hidden" name="token" value={token} />
      {change && <input type="hidden" name="change" value="1" />}
      <Button type="submit" className="w-full" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? t('verifying') : t('verifyButton')}
      </Button>
    </form>
  );
}
