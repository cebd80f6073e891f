'use client';

import { useTranslations } from 'next-intl';
import { resendVerificationAction } from '@/lib/accounts/actions';
import { ActionButton } from '@/components/ui/action-button';

export function VerifyEmailBanner() {
  const t = useTranslations('accounts');
  return (
    <div role="status" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p>{t('bannerText')}</p>
      <ActionButton action={resendVerificationAction} fields={{}} success={t('resent')} variant="outline" size="sm">
        {t('resend')}
      </ActionButton>
    </div>
  );
}
