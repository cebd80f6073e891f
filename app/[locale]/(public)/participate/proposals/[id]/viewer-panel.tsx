import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findViewerState } from '@/lib/participation/queries';
import { Button } from '@/components/ui/button';
import { ProposalActions } from '@/components/participation/proposal-actions';
import { CommentForm } from '@/components/participation/comment-form';

/**
 * The reader's own part of a proposal page (support, follow, rate, report, comment). It is the
 * only part that reads the session, rendered inside its own Suspense boundary, so the public
 * content around it carries no personal data.
 */
export async function ViewerPanel({ proposalId, open }: { proposalId: string; open: boolean }) {
  const user = await getCurrentUser();
  const t = await getTranslations('participate.actions');
  if (!user) {
    return (
      <Button asChild className="w-full">
        <Link href="/sign-in">{t('signIn')}</Link>
      </Button>
    );
  }
  const viewer = await findViewerState(user.id, proposalId);
  if (!viewer) return null;
  return <ProposalActions proposalId={proposalId} open={open} viewer={viewer} />;
}

export async function CommentBox({ proposalId }: { proposalId: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  return <CommentForm proposalId={proposalId} />;
}

export async function ReplyBox({ proposalId, parentId }: { proposalId: string; parentId: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  return <CommentForm proposalId={proposalId} parentId={parentId} />;
}
