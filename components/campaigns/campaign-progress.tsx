import { useTranslations } from 'next-intl';
import { daysLeft, fundedPercent } from '@/lib/campaigns/policy';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { Money } from './money';

/** Progress bar, raised of goal, backers, days left: the same on cards and the campaign page. */
export function CampaignProgress({
  raisedFen,
  goalFen,
  backers,
  endsAt,
  status,
  now,
  size = 'sm',
}: {
  raisedFen: number;
  goalFen: number;
  backers: number;
  endsAt: Date | null;
  status: CampaignStatus;
  now: Date;
  size?: 'sm' | 'lg';
}) {
  const t = useTranslations('campaigns');
  const percent = fundedPercent(raisedFen, goalFen);
  const left = daysLeft(endsAt, now);
  return (
    <div className="space-y-2" data-testid="campaign-progress">
      <div
        className={size === 'lg' ? 'h-3 overflow-hidden rounded-full bg-slate-100' : 'h-2 overflow-hidden rounded-full bg-slate-100'}
        role="progressbar"
        aria-label={t('fundedLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(percent, 100)}
      >
        <div className={percent >= 100 ? 'h-full rounded-full bg-emerald-500' : 'h-full rounded-full bg-brand-600'} style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      <dl className={size === 'lg' ? 'grid grid-cols-3 gap-2 text-sm' : 'grid grid-cols-3 gap-2 text-xs'}>
        <div>
          <dt className="text-slate-500">{t('raised')}</dt>
          <dd className={size === 'lg' ? 'text-xl font-bold text-slate-900' : 'font-semibold text-slate-900'} data-testid="raised">
            <Money fen={raisedFen} />
          </dd>
          <dd className="text-slate-500">
            {t('ofGoal', { percent })} <Money fen={goalFen} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t('backers')}</dt>
          <dd className={size === 'lg' ? 'text-xl font-bold text-slate-900' : 'font-semibold text-slate-900'} data-testid="backers">
            {backers}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{status === 'LIVE' ? t('daysLeft') : t('statusLabel')}</dt>
          <dd className={size === 'lg' ? 'text-xl font-bold text-slate-900' : 'font-semibold text-slate-900'}>{status === 'LIVE' ? left : t(`status.${status}`)}</dd>
        </div>
      </dl>
    </div>
  );
}
