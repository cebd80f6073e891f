import { useTranslations } from 'next-intl';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/badge';

const TONES: Record<CampaignStatus, 'neutral' | 'brand' | 'success' | 'warning' | 'danger'> = {
  DRAFT: 'neutral',
  SUBMITTED: 'warning',
  APPROVED: 'brand',
  LIVE: 'brand',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const t = useTranslations('campaigns.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
