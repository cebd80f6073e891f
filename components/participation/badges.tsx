import { useTranslations } from 'next-intl';
import { Clock } from 'lucide-react';
import { Badge } from '@/components/ui/badge';

type ClockView = { elapsed: number; state: 'ON_TIME' | 'OVERDUE' | 'VERY_OVERDUE'; deadlineDays: number; answered: boolean };

const STATUS_TONE = { NOT_ANSWERED: 'neutral', EVALUATING: 'brand', ACCEPTED: 'success', REJECTED: 'danger', IMPLEMENTED: 'success', WITHDRAWN: 'neutral' } as const;
const CLOCK_TONE = { ON_TIME: 'success', OVERDUE: 'warning', VERY_OVERDUE: 'danger' } as const;

export function ProposalStatusBadge({ status }: { status: keyof typeof STATUS_TONE }) {
  const t = useTranslations('participate.status');
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** The public clock: working days waited (or taken) against the deadline. */
export function ClockBadge({ clock, withdrawn = false }: { clock: ClockView; withdrawn?: boolean }) {
  const t = useTranslations('participate.clock');
  if (withdrawn) return null;
  return (
    <Badge tone={CLOCK_TONE[clock.state]} data-testid="proposal-clock">
      <Clock className="size-3" aria-hidden />
      {clock.answered ? t('answeredIn', { n: clock.elapsed }) : t('waiting', { n: clock.elapsed })} · {t('deadline', { n: clock.deadlineDays })} · {t(clock.state)}
    </Badge>
  );
}
