'use client';

import { Inbox } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { useFormatter, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { decideBookingAction } from '@/lib/bookings/actions';
import { bookingDecisionSchema } from '@/lib/bookings/schemas';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useErrorText } from '@/components/ui/form-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useFormAction } from '@/components/ui/use-form-action';

export type PendingItem = {
  id: string;
  startsAt: string;
  endsAt: string;
  note: string;
  resourceName: string;
  timeZone: string;
  userName: string;
  userEmail: string;
  /** The certification the resource requires and whether the member holds it; null when none is required. */
  certification: { name: string; held: boolean } | null;
  maintenanceClash: boolean;
};

export function ApprovalQueue({ items }: { items: PendingItem[] }) {
  const t = useTranslations('operate');
  if (items.length === 0) return <EmptyState icon={Inbox} title={t('noPendingTitle')} description={t('noPendingBody')} />;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) => (
        <Row key={i.id} item={i} />
      ))}
    </ul>
  );
}

function Row({ item }: { item: PendingItem }) {
  const t = useTranslations('operate');
  const format = useFormatter();
  const errorText = useErrorText();
  const approve = useFormAction(bookingDecisionSchema, decideBookingAction, () => toast.success(t('approved', { name: item.userName })));
  const opts = { timeZone: item.timeZone, hourCycle: 'h23' } as const;
  const when = `${format.dateTime(new Date(item.startsAt), { ...opts, month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })} – ${format.dateTime(new Date(item.endsAt), { ...opts, hour: '2-digit', minute: '2-digit' })}`;
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center" data-testid="pending-booking" data-email={item.userEmail}>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {item.resourceName} · {item.userName}
        </p>
        <p className="text-sm text-slate-600">{when}</p>
        <p className="truncate text-xs text-slate-500">{item.userEmail}</p>
        {(item.certification || item.maintenanceClash) && (
          <p className="mt-1 flex flex-wrap gap-1.5">
            {item.certification && (
              <Badge tone={item.certification.held ? 'success' : 'danger'} data-testid="pending-certification">
                {t(item.certification.held ? 'pendingCertHeld' : 'pendingCertMissing', { name: item.certification.name })}
              </Badge>
            )}
            {item.maintenanceClash && (
              <Badge tone="danger" data-testid="pending-maintenance">
                {t('pendingMaintenanceClash')}
              </Badge>
            )}
          </p>
        )}
        {item.note && <p className="text-sm text-slate-700">{item.note}</p>}
        {approve.formError && <p className="text-sm text-red-600" role="alert">{errorText(approve.formError)}</p>}
      </div>
      <div className="flex gap-2">
        <form action={approve.formAction} onSubmit={approve.onSubmit}>
          <input type="hidden" name="bookingId" value={item.id} />
          <input type="hidden" name="decision" value="APPROVE" />
          <Button size="sm" type="submit" disabled={approve.pending}>
            {t('approve')}
          </Button>
        </form>
        <ReasonDialog
          triggerLabel={t('reject')}
          title={t('rejectTitle', { name: item.userName })}
          description={when}
          reasonLabel={t('reason')}
          confirmLabel={t('confirmReject')}
          fields={{ bookingId: item.id, decision: 'REJECT' }}
          schema={bookingDecisionSchema}
          action={decideBookingAction}
          onDone={() => toast.success(t('rejected', { name: item.userName }))}
        />
      </div>
    </li>
  );
}
