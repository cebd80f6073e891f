'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { confirmFaultAction, rebookAction, verifyFaultAction } from '@/lib/faults/actions';
import { cancelBookingAction } from '@/lib/bookings/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** "Me too / still broken": counted once per member, however often it is pressed. */
export function ConfirmFaultButton({ faultId, confirmed }: { faultId: string; confirmed: boolean }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, confirmFaultAction, (d) => toast.success(d.counted ? t('confirmCounted') : t('confirmAlready')));
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <Button type="submit" variant="secondary" disabled={pending || confirmed}>{confirmed ? t('confirmedByYou') : t('meToo')}</Button>
    </form>
  );
}

/** The reporter's answer to "is it really fixed?". */
export function VerifyFixForm({ faultId }: { faultId: string }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, verifyFaultAction, (d) => toast.success(d.reopened ? t('reopenedToast') : t('verifiedToast')));
  return (
    <div className="space-y-2">
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <form action={formAction} onSubmit={onSubmit}>
          <input type="hidden" name="faultId" value={faultId} />
          <input type="hidden" name="fixed" value="yes" />
          <Button type="submit" disabled={pending}>{t('verifyYes')}</Button>
        </form>
        <form action={formAction} onSubmit={onSubmit}>
          <input type="hidden" name="faultId" value={faultId} />
          <input type="hidden" name="fixed" value="no" />
          <Button type="submit" variant="secondary" disabled={pending}>{t('verifyNo')}</Button>
        </form>
      </div>
    </div>
  );
}

export function RebookButton({ bookingId, resourceId, startsAt, label }: { bookingId: string; resourceId: string; startsAt: string; label: string }) {
  const t = useTranslations('faults');
  const router = useRouter();
  const { pending, onSubmit, formAction, formError } = useFormAction(null, rebookAction, () => {
    toast.success(t('rebooked'));
    router.push('/bookings/mine');
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-1">
      <FormAlert message={formError} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="resourceId" value={resourceId} />
      <input type="hidden" name="startsAt" value={startsAt} />
      <Button type="submit" size="sm" disabled={pending}>{label}</Button>
    </form>
  );
}

export function CancelAffectedButton({ bookingId }: { bookingId: string }) {
  const t = useTranslations('faults');
  const router = useRouter();
  const { pending, onSubmit, formAction, formError } = useFormAction(null, cancelBookingAction, () => {
    toast.success(t('cancelled'));
    router.refresh();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-1">
      <FormAlert message={formError} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="reason" value={t('cancelReason')} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>{t('cancelBooking')}</Button>
    </form>
  );
}
