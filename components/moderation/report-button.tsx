'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Flag } from 'lucide-react';
import { Link, usePathname } from '@/i18n/navigation';
import type { ContentType } from '@/lib/moderation/policy';
import { useViewer } from '@/components/layout/use-viewer';
import type { ReportDialog } from './report-dialog';

/**
 * The one report button of every kind of content (lib/moderation). Cached public pages render
 * it the same for everyone: who looks is decided here, in the browser (useViewer). A visitor
 * (and anyone until /api/me has answered) gets a link to sign in and come back; the author gets
 * nothing (one may not report one's own content); any other member a dialog with an optional
 * reason. The server refuses a second report by the same member. The dialog's code (its zod
 * schema, the action) is fetched only for a member, so it stays out of every visitor's first
 * load; the sign-in link stands in until it has arrived.
 */
export function ReportButton({ contentType, contentId, authorId, label }: { contentType: ContentType; contentId: string; authorId?: string | null; label?: string }) {
  const t = useTranslations('moderation');
  const viewer = useViewer();
  const path = usePathname();
  const text = label ?? t('report');
  const name = t('reportLabel', { type: t(`type.${contentType}`) });
  const member = Boolean(viewer?.user);
  const [Dialog, setDialog] = useState<typeof ReportDialog | null>(null);
  useEffect(() => {
    if (!member) return;
    let live = true;
    void import('./report-dialog').then((m) => live && setDialog(() => m.ReportDialog));
    return () => {
      live = false;
    };
  }, [member]);
  if (viewer?.user && authorId && viewer.user.id === authorId) return null;
  return (
    <span className="inline-flex items-center gap-1 text-xs" data-testid="report-button">
      <Flag className="size-3 text-slate-400" aria-hidden />
      {viewer?.user && Dialog ? (
        <Dialog contentType={contentType} contentId={contentId} text={text} name={name} />
      ) : (
        <Link href={`/sign-in?next=${encodeURIComponent(path)}`} aria-label={name} className="rounded px-1 py-0.5 text-slate-600 underline-offset-2 hover:text-brand-700 hover:underline">
          {text}
        </Link>
      )}
    </span>
  );
}
