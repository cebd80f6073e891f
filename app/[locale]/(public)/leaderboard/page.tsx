import type { Metadata } from 'next';
import { Trophy } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { leaderboard } from '@/lib/points/queries';
import { Avatar } from '@/components/ui/avatar';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/components/ui/cn';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('leaderboard');
  return { title: t('title') };
}

export default async function LeaderboardPage({ params, searchParams }: PageProps<'/[locale]/leaderboard'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const period = (await searchParams).period === 'all' ? 'all' : 'month';
  const [t, user, rows] = await Promise.all([getTranslations('leaderboard'), getCurrentUser(), leaderboard(period)]);
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-8">
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('period')} className="mb-4 inline-flex rounded-lg bg-slate-100 p-1 text-sm">
        {(['month', 'all'] as const).map((p) => (
          <Link
            key={p}
            href={p === 'month' ? '/leaderboard' : '/leaderboard?period=all'}
            aria-current={p === period ? 'page' : undefined}
            className={cn('rounded-md px-4 py-1.5', p === period ? 'bg-white font-medium text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
          >
            {t(p)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState icon={Trophy} title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <ol className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm">
          {rows.map((r) => (
            <li key={r.userId} data-testid="leader-row" className={cn('flex items-center gap-3 px-4 py-3', r.userId === user?.id && 'bg-brand-50')}>
              <span className={cn('w-7 text-center text-lg font-bold', r.rank <= 3 ? 'text-accent-500' : 'text-slate-400')}>{r.rank}</span>
              <Avatar name={r.name} />
              <div className="min-w-0 flex-1">
                <Link href={`/members/${r.userId}`} className="font-medium text-slate-900 hover:text-brand-700">
                  {r.name}
                </Link>
                {r.organization && <p className="truncate text-xs text-slate-600">{r.organization}</p>}
              </div>
              <span className="font-semibold tabular-nums text-slate-900">{t('points', { n: r.points })}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-xs text-slate-500">{t('privacyNote')}</p>
    </div>
  );
}
