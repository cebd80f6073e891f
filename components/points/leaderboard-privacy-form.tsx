'use client';

import { useTranslations } from 'next-intl';
import { setLeaderboardPrivacyAction } from '@/lib/points/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { useToastAction } from '@/components/tasks/use-toast-action';

export function LeaderboardPrivacyForm({ hidden }: { hidden: boolean }) {
  const t = useTranslations('points');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, useToastAction(setLeaderboardPrivacyAction, hidden ? t('privacyShown') : t('privacyHidden')));
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2 border-t border-slate-100 pt-5">
      <h2 className="font-medium text-slate-900">{t('privacyTitle')}</h2>
      <p className="text-sm text-slate-600">{hidden ? t('privacyHiddenNow') : t('privacyShownNow')}</p>
      <FormAlert message={formError} />
      <input type="hidden" name="hide" value={hidden ? 'no' : 'yes'} />
      <Button type="submit" variant="outline" size="sm" disabled={pending}>
        {hidden ? t('privacyShow') : t('privacyHide')}
      </Button>
    </form>
  );
}
