import { HandHeart } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { BadgeKey } from '@/lib/tasks/policy';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { BadgeList } from './badge-list';

/** The dashboard's "贡献" card: balance, this month, accepted tasks, badges. */
export function ContributionCard({ userId, summary }: { userId: string; summary: { balance: number; monthPoints: number; completedTasks: number; badges: { key: BadgeKey; month?: Date }[] } }) {
  const t = useTranslations('points');
  return (
    <Card aria-labelledby="contribution-title" data-section="contribution">
      <CardHeader>
        <div>
          <CardTitle id="contribution-title" className="flex items-center gap-2">
            <HandHeart className="size-5 text-brand-600" aria-hidden /> {t('cardTitle')}
          </CardTitle>
          <CardDescription>{t('cardDescription')}</CardDescription>
        </div>
        <Link href={`/members/${userId}`} className="text-sm text-brand-700 hover:underline">
          {t('viewPage')}
        </Link>
      </CardHeader>
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-3 gap-2 text-center">
          <Stat label={t('balance')} value={summary.balance} testId="points-balance" />
          <Stat label={t('thisMonth')} value={summary.monthPoints} />
          <Stat label={t('tasksDone')} value={summary.completedTasks} />
        </dl>
        <BadgeList badges={summary.badges} />
        <p className="text-sm">
          <Link href="/tasks" className="text-brand-700 hover:underline">
            {t('findTasks')}
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="rounded-xl bg-slate-50 px-2 py-3">
      <dd className="text-2xl font-bold text-slate-900" data-testid={testId}>
        {value}
      </dd>
      <dt className="text-xs text-slate-500">{label}</dt>
    </div>
  );
}
