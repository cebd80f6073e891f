import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

const tone = { PENDING: 'warning', CONFIRMED: 'brand', CHECKED_IN: 'success', COMPLETED: 'neutral', CANCELLED: 'neutral', REJECTED: 'danger', NO_SHOW: 'danger' } as const;

export function BookingStatusBadge({ status }: { status: keyof typeof tone }) {
  const t = useTranslations('bookings.status');
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
