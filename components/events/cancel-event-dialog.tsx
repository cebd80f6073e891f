'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { cancelEventAction } from '@/lib/events/actions';
import { cancelEventSchema } from '@/lib/events/schemas';
import { ReasonDialog } from '@/components/ui/reason-dialog';

export function CancelEventDialog({ eventId, title }: { eventId: string; title: string }) {
  const t = useTranslations('events.operate');
  const router = useRouter();
  return (
    <ReasonDialog
      triggerLabel={t('cancel')}
      title={t('cancelTitle', { title })}
      description={t('cancelDescription')}
      reasonLabel={t('cancelReason')}
      confirmLabel={t('confirmCancel')}
      fields={{ eventId }}
      schema={cancelEventSchema}
      action={cancelEventAction}
      onDone={() => {
        toast.success(t('cancelled'));
        router.refresh();
      }}
    />
  );
}
