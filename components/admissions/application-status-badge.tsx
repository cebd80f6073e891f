import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

const TONE = {
  DRAFT: 'neutral',
  SUBMITTED: 'brand',
  UNDER_REVIEW: 'warning',
  ADMITTED: 'success',
  REJECTED: 'danger',
  WAITLISTED: 'warning',
  WITHDRAWN: 'neutral',
} as const;

export function ApplicationStatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations('admissions');
  return <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>;
}
