'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { moderateAction } from '@/lib/moderation/actions';
import type { ContentType } from '@/lib/moderation/policy';
import { moderateSchema } from '@/lib/moderation/schemas';
import { ReasonDialog } from '@/components/ui/reason-dialog';

/** An operator hides or restores one item of any kind, with the reason its author is told. */
export function ModerateButtons({ contentType, contentId, hidden }: { contentType: ContentType; contentId: string; hidden: boolean }) {
  const t = useTranslations('moderation');
  const router = useRouter();
  const common = {
    reasonLabel: t('reason'),
    fields: { contentType, contentId, action: hidden ? 'restore' : 'hide' },
    schema: moderateSchema,
    action: moderateAction,
    onDone: () => {
      toast.success(hidden ? t('restoredDone') : t('hiddenDone'));
      router.refresh();
    },
  };
  return hidden ? (
    <ReasonDialog {...common} triggerLabel={t('restore')} triggerAriaLabel={t('restoreLabel', { type: t(`type.${contentType}`) })} title={t('restoreTitle')} description={t('reasonHint')} confirmLabel={t('restore')} />
  ) : (
    <ReasonDialog {...common} triggerLabel={t('hide')} triggerAriaLabel={t('hideLabel', { type: t(`type.${contentType}`) })} title={t('hideTitle')} description={t('reasonHint')} confirmLabel={t('hide')} />
  );
}
