'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { reportAction } from '@/lib/moderation/actions';
import type { ContentType } from '@/lib/moderation/policy';
import { reportSchema } from '@/lib/moderation/schemas';
import { ReasonDialog } from '@/components/ui/reason-dialog';

/** The report dialog itself: loaded by ReportButton only once a member is known to be looking. */
export function ReportDialog({ contentType, contentId, text, name }: { contentType: ContentType; contentId: string; text: string; name: string }) {
  const t = useTranslations('moderation');
  return (
    <ReasonDialog
      triggerLabel={text}
      triggerAriaLabel={name}
      title={t('reportTitle')}
      description={t('reportDescription')}
      reasonLabel={t('reportReason')}
      confirmLabel={t('reportConfirm')}
      fields={{ contentType, contentId }}
      schema={reportSchema}
      action={reportAction}
      onDone={() => toast.success(t('reported'))}
    />
  );
}
