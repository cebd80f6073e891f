'use client';

import { useTranslations } from 'next-intl';
import { signOutEverywhereAction } from '@/lib/users/actions';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignOutEverywhereForm() {
  const t = useTranslations('profile');
  return (
    <form action={signOutEverywhereAction} className="space-y-2 border-t border-slate-100 pt-5" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title" className="font-medium text-slate-900">
        {t('signOutEverywhereTitle')}
      </h2>
      <p className="text-sm text-slate-600">{t('signOutEverywhereDescription')}</p>
      <SubmitButton variant="outline" size="sm">
        {t('signOutEverywhere')}
      </SubmitButton>
    </form>
  );
}
