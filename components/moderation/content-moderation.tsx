import type { ContentType } from '@/lib/moderation/policy';
import { HiddenBanner, type HiddenNotice } from './hidden-banner';
import { ReportButton } from './report-button';

/**
 * Moderation's part of a content page in one element: the hidden banner with its reason while
 * the item is hidden (only its author and operators see the page then), else the report button.
 */
export function ContentModeration({ contentType, contentId, authorId, hidden }: { contentType: ContentType; contentId: string; authorId?: string | null; hidden?: HiddenNotice | null }) {
  if (hidden) return <HiddenBanner notice={hidden} />;
  return (
    <div className="flex justify-end">
      <ReportButton contentType={contentType} contentId={contentId} authorId={authorId} />
    </div>
  );
}
