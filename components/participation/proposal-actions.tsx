'use client';

import { useTranslations } from 'next-intl';
import { Heart } from 'lucide-react';
import { useRouter } from '@/i18n/navigation';
import { followAction, rateAnswerAction, supportAction, withdrawProposalAction, withdrawSupportAction } from '@/lib/participation/actions';
import { ANSWER_RATINGS, acceptsSupport, canEdit, canWithdraw, type ProposalStatus } from '@/lib/participation/policy';
import { withdrawProposalSchema } from '@/lib/participation/schemas';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { Link } from '@/i18n/navigation';
import { ReportButton } from '@/components/moderation/report-button';

export { ReportButton };

export type Viewer = { supported: boolean; following: boolean; isAuthor: boolean; status: ProposalStatus; supportCount: number; commentCount: number; canRate: boolean };

/** The signed-in reader's part of a proposal page: support, follow, report, withdraw, rate. */
export function ProposalActions({ proposalId, open, viewer }: { proposalId: string; open: boolean; viewer: Viewer }) {
  const t = useTranslations('participate.actions');
  const tm = useTranslations('moderation');
  const router = useRouter();
  const fields = { proposalId };
  return (
    <div className="space-y-3">
      {viewer.supported ? (
        <div className="space-y-2">
          <p className="flex items-center gap-1 text-sm font-medium text-brand-700">
            <Heart className="size-4 fill-current" aria-hidden /> {t('youSupport')}
          </p>
          {open && (
            <ActionButton action={withdrawSupportAction} fields={fields} success={t('supportWithdrawn')} variant="outline" size="sm" className="w-full">
              {t('withdrawSupport')}
            </ActionButton>
          )}
        </div>
      ) : (
        open && acceptsSupport(viewer.status) && !viewer.isAuthor && (
          <ActionButton action={supportAction} fields={fields} success={t('supported')} className="w-full">
            <Heart className="size-4" aria-hidden /> {t('support')}
          </ActionButton>
        )
      )}
      <ActionButton action={followAction} fields={{ proposalId, follow: viewer.following ? 'no' : 'yes' }} success={viewer.following ? t('unfollowed') : t('followed')} variant="outline" size="sm" className="w-full">
        {viewer.following ? t('unfollow') : t('follow')}
      </ActionButton>
      {viewer.isAuthor && canEdit(viewer) && (
        <Button asChild variant="outline" size="sm" className="w-full">
          <Link href={`/participate/proposals/${proposalId}/edit`}>{t('edit')}</Link>
        </Button>
      )}
      {viewer.isAuthor && canWithdraw(viewer.status) && (
        <ReasonDialog
          triggerLabel={t('withdraw')}
          title={t('withdrawTitle')}
          reasonLabel={t('withdrawReason')}
          confirmLabel={t('withdrawConfirm')}
          fields={fields}
          schema={withdrawProposalSchema}
          action={withdrawProposalAction}
          onDone={() => router.refresh()}
        />
      )}
      {viewer.canRate && (
        <div className="space-y-2 rounded-xl bg-slate-50 p-3">
          <p className="text-sm font-medium text-slate-800">{t('rateTitle')}</p>
          <div className="flex flex-wrap gap-2">
            {ANSWER_RATINGS.map((r) => (
              <ActionButton key={r} action={rateAnswerAction} fields={{ proposalId, rating: r }} success={t('rated')} variant="outline" size="sm">
                {t(`rating.${r}`)}
              </ActionButton>
            ))}
          </div>
          <p className="text-xs text-slate-500">{t('rateHint')}</p>
        </div>
      )}
      {!viewer.isAuthor && (
        <ReportButton contentType="proposal" contentId={proposalId} label={tm('report')} />
      )}
    </div>
  );
}
