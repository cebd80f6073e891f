'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatRange } from '@/lib/format';
import { toast } from 'sonner';
import { cancelBookingAction, checkInAction } from '@/lib/bookings/actions';
import { bookingCancelSchema } from '@/lib/bookings/schemas';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/form-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useFormAction } from '@/components/ui/use-form-action';
import { Link } from '@/i18n/navigation';
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
  /** A checked-in booking may be rated (service ratings). */
  canRate?: boolean;
};

export function MyBookingRow({ b }: { b: MyBooking }) {
  const t = useTranslations('bookings');
  const tk = useTranslations('resources.kind');
  const tr = useTranslations('ratings');
  const td = useTranslations('deskPick');
  const locale = useLocale();
  const errorText = useErrorText();
  const checkIn = useFormAction(null, checkInAction, () => toast.success(t('checkedIn')));
  const when = formatRange(new Date(b.startsAt), new Date(b.endsAt), locale, b.timeZone);
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
        {b.canRate && (
          <Button asChild size="sm" variant="outline">
            <Link href={`/ratings/booking/${b.id}`}>{tr('rate')}</Link>
          </Button>
        )}
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
            triggerLabel={td('cancelBooking')}
            title={t('cancelTitle', { name: b.resourceName })}
            description={when}
            reasonLabel={td('cancelReasonOptional')}
            reasonOptional
            confirmLabel={td('cancelBooking')}
            dismissLabel={td('keepBooking')}
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
