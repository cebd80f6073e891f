import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { FaultStatus } from '@/lib/generated/prisma/enums';

const tone = {
  NEW: 'warning',
  CONFIRMED: 'warning',
  INVESTIGATING: 'brand',
  IN_PROGRESS: 'brand',
  WAITING_FOR_PARTS: 'brand',
  FIXED: 'success',
  DUPLICATE: 'neutral',
  NOT_OURS: 'neutral',
  WONT_FIX: 'neutral',
} as const satisfies Record<FaultStatus, string>;

export function FaultStatusBadge({ status }: { status: FaultStatus }) {
  const t = useTranslations('faults.status');
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
