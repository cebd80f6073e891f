import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/format';
import { acceptOfferAction, declineOfferAction, joinWaitlistAction, leaveWaitlistAction } from '@/lib/events/waitlist-actions';
import { ActionButton } from '@/components/ui/lazy-action-button';
import { Badge } from '@/components/ui/badge';

type Entry = { status: 'WAITING' | 'OFFERED' | string; offerExpiresAt: Date | null; position: number | null } | null;

/** The take-part box of a full event: join the queue, your place in it, or the seat held for you. */
export function WaitlistPanel({ eventId, entry, timeZone }: { eventId: string; entry: Entry; timeZone: string }) {
  const t = useTranslations('waitlist');
  const locale = useLocale();
  if (entry?.status === 'OFFERED' && entry.offerExpiresAt) {
    return (
      <div className="space-y-3" data-testid="waitlist-offer">
        <Badge tone="success">{t('offeredBadge')}</Badge>
        <p className="text-sm text-slate-700">{t('offeredUntil', { until: formatDateTime(entry.offerExpiresAt, locale, timeZone) })}</p>
        <ActionButton action={acceptOfferAction} fields={{ eventId }} success={t('accepted')} size="lg" className="w-full">
          {t('accept')}
        </ActionButton>
        <ActionButton action={declineOfferAction} fields={{ eventId }} success={t('declined')} variant="outline" confirm={t('declineConfirm')} className="w-full">
          {t('decline')}
        </ActionButton>
      </div>
    );
  }
  if (entry?.status === 'WAITING') {
    return (
      <div className="space-y-3" data-testid="waitlist-waiting">
        <Badge tone="brand">{t('waitingBadge')}</Badge>
        <p className="text-sm text-slate-700" data-testid="waitlist-position">
          {t('position', { n: entry.position ?? 0 })}
        </p>
        <p className="text-xs text-slate-500">{t('waitingHint')}</p>
        <ActionButton action={leaveWaitlistAction} fields={{ eventId }} success={t('left')} variant="outline" className="w-full">
          {t('leave')}
        </ActionButton>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-500">{t('fullHint')}</p>
      <ActionButton action={joinWaitlistAction} fields={{ eventId }} success={t('joined')} size="lg" className="w-full">
        {t('join')}
      </ActionButton>
    </div>
  );
}
