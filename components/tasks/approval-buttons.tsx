'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { approveTaskAction, sendBackTaskAction } from '@/lib/tasks/actions';
import { sendBackTaskSchema } from '@/lib/tasks/schemas';
import { ActionButton } from '@/components/ui/action-button';
import { ReasonDialog } from '@/components/ui/reason-dialog';

/** An operator's verdict on a task waiting for approval: open it, or send it back with a reason. */
export function ApprovalButtons({ taskId, title }: { taskId: string; title: string }) {
  const t = useTranslations('tasks');
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton action={approveTaskAction} fields={{ taskId }} success={t('approved', { title })} aria-label={t('approveLabel', { title })}>
        {t('approve')}
      </ActionButton>
      <ReasonDialog
        triggerLabel={t('sendBack')}
        triggerAriaLabel={t('sendBackLabel', { title })}
        title={t('sendBackTitle')}
        description={t('sendBackDescription')}
        reasonLabel={t('sendBackReason')}
        confirmLabel={t('sendBack')}
        fields={{ taskId }}
        schema={sendBackTaskSchema}
        action={sendBackTaskAction}
        onDone={() => toast.success(t('sentBack', { title }))}
      />
    </div>
  );
}
