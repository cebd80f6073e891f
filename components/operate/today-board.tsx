'use client';

import { Sun } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { cancelBookingAction, checkInAction, markNoShowAction } from '@/lib/bookings/actions';
import { formatTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useErrorText } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { BookingStatusBadge } from '@/components/bookings/status-badge';

export type BoardItem = {
  id: string;
  status: 'PENDING' | 'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'REJECTED' | 'NO_SHOW';
  startsAt: string;
  endsAt: string;
  resourceName: string;
  timeZone: string;
  userName: string;
  canCheckIn: boolean;
  canNoShow: boolean;
  canCancel?: boolean;
};

export function TodayBoard({ items, emptyTitle }: { items: BoardItem[]; emptyTitle?: string }) {
  const t = useTranslations('operate');
  if (items.length === 0) return <EmptyState icon={Sun} title={emptyTitle ?? t('boardEmpty')} />;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) => (
        <BoardRow key={i.id} item={i} />
      ))}
    </ul>
  );
}

function BoardRow({ item }: { item: BoardItem }) {
  const t = useTranslations('operate');
  const locale = useLocale();
  const errorText = useErrorText();
  const checkIn = useFormAction(null, checkInAction, () => toast.success(t('checkedIn', { name: item.userName })));
  const noShow = useFormAction(null, markNoShowAction, () => toast.success(t('markedNoShow', { name: item.userName })));
  const cancel = useFormAction(null, cancelBookingAction, () => toast.success(t('cancelledFor', { name: item.userName })));
  const error = checkIn.formError ?? noShow.formError ?? cancel.formError;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center" data-testid="board-row">
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          <span className="tabular-nums text-slate-500">
            {formatTime(new Date(item.startsAt), locale, item.timeZone)}–{formatTime(new Date(item.endsAt), locale, item.timeZone)}
          </span>{' '}
          {item.resourceName} · {item.userName} <BookingStatusBadge status={item.status} />
        </p>
        {error && <p className="text-sm text-red-600" role="alert">{errorText(error)}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        {item.canCheckIn && (
          <form action={checkIn.formAction} onSubmit={checkIn.onSubmit}>
            <input type="hidden" name="bookingId" value={item.id} />
            <Button size="sm" type="submit" disabled={checkIn.pending}>{t('checkIn')}</Button>
          </form>
        )}
        {item.canNoShow && (
          <form action={noShow.formAction} onSubmit={noShow.onSubmit}>
            <input type="hidden" name="bookingId" value={item.id} />
            <Button size="sm" variant="outline" type="submit" disabled={noShow.pending}>{t('noShow')}</Button>
          </form>
        )}
        {item.canCancel && (
          <form action={cancel.formAction} onSubmit={cancel.onSubmit}>
            <input type="hidden" name="bookingId" value={item.id} />
            <input type="hidden" name="reason" value={t('maintenanceCancelMessage')} />
            <Button size="sm" variant="danger" type="submit" disabled={cancel.pending}>{t('cancelForMaintenance')}</Button>
          </form>
        )}
      </div>
    </li>
  );
}
