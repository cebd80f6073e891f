import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';

export type HiddenNotice = { reason: string; state: string };

/**
 * Shown above hidden content to the only people who still see it, its author and the
 * operators: that it is hidden, and why (the reason the operator gave).
 */
export function HiddenBanner({ notice, className = 'mb-4' }: { notice: HiddenNotice; className?: string }) {
  const t = useTranslations('moderation');
  return (
    <Alert tone="error" className={className}>
      <span data-testid="hidden-banner" className="inline-flex flex-wrap items-center gap-1">
        <strong>{notice.state === 'PENDING_REVIEW' ? t('bannerPending') : t('bannerHidden')}</strong>
        {notice.reason && <span>{t('bannerReason', { reason: notice.reason })}</span>}
        <span>{t('bannerWho')}</span>
      </span>
    </Alert>
  );
}
