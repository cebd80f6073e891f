import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { RatingCaseStatus } from '@/lib/generated/prisma/enums';
import { isCaseClosed } from '@/lib/ratings/policy';

export async function CaseStatusBadge({ status, overdue }: { status: RatingCaseStatus; overdue: boolean }) {
  const t = await getTranslations('ratings');
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={isCaseClosed(status) ? 'success' : 'warning'}>{t(`caseStatus.${status}`)}</Badge>
      {overdue && <Badge tone="danger">{t('overdue')}</Badge>}
    </span>
  );
}
