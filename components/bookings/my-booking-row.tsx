'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { cancelBookingAction, checkInAction } from '@/lib/bookings/actions';
import { bookingCancelSchema } from '@/lib/bookings/schemas';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/form-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useFormAction } from '@/components/ui/use-form-action';
import { BookingStatusBadge } from './status-badge';

export type MyBooking = {
  id: string;
  status: 'PENDING' | 'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'REJECTED' | 'NO_SHOW';
  startsAt: string;
  endsAt: string;
  note: string;
  cancelReason: string | null;
  decisionReason: string | null;
  resourceName: string;
  kind: string;
  zone: string;
  spaceName: string;
  timeZone: string;
  canCancel: boolean;
  canCheckIn: boolean;
};

export function MyBookingRow({ b }: { b: MyBooking }) {
  const t = useTranslations('bookings');
  const tk = useTranslations('resources.kind');
  const format = useFormatter();
  const errorText = useErrorText();
  const checkIn = useFormAction(null, checkInAction, () => toast.success(t('checkedIn')));
  const opts = { timeZone: b.timeZone, hourCycle: 'h23' } as const;
  const when = `${format.dateTime(new Date(b.startsAt), { ...opts, month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })} – ${format.dateTime(new Date(b.endsAt), { ...opts, hour: '2-digit', minute: '2-digit' })}`;
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center" data-testid="my-booking" data-resource={b.resourceName}>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {b.resourceName} <BookingStatusBadge status={b.status} />
        </p>
        <p className="text-sm text-slate-600">{when}</p>
        <p className="text-xs text-slate-500">
          {tk(b.kind)} · {b.spaceName}
          {b.zone && ` · ${b.zone}`}
        </p>
        {b.cancelReason && <p className="text-xs text-slate-500">{t('cancelReasonLabel', { reason: b.cancelReason })}</p>}
        {b.decisionReason && <p className="text-xs text-slate-500">{t('decisionReasonLabel', { reason: b.decisionReason })}</p>}
        {checkIn.formError && <p className="text-sm text-red-600" role="alert">{errorText(checkIn.formError)}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild size="sm" variant="ghost">
          <a href={`/api/bookings/${b.id}/ics`} download>
            {t('addToCalendar')}
          </a>
        </Button>
        {b.canCheckIn && (
          <form action={checkIn.formAction} onSubmit={checkIn.onSubmit}>
            <input type="hidden" name="bookingId" value={b.id} />
            <Button size="sm" type="submit" disabled={checkIn.pending}>
              {t('checkIn')}
            </Button>
          </form>
        )}
        {b.canCancel && (
          <ReasonDialog
            triggerLabel={t('cancel')}
            title={t('cancelTitle', { name: b.resourceName })}
            description={when}
            reasonLabel={t('cancelReason')}
            confirmLabel={t('confirmCancel')}
            fields={{ bookingId: b.id }}
            schema={bookingCancelSchema}
            action={cancelBookingAction}
            onDone={() => toast.success(t('cancelled'))}
          />
        )}
      </div>
    </li>
  );
}
