import { Trophy } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { leaderboard } from '@/lib/points/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { Avatar } from '@/components/ui/avatar';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/components/ui/cn';
import { LeaderRowItem } from '@/components/points/leader-row';

/**
 * The leaderboard, the same for everyone (the member's own row is marked in the browser), so its
 * entry is cached (`cached`: tagged `leaderboard`, which points and profile changes announce).
 */
export async function LeaderboardView({ asked, cached = false }: { asked: string | undefined; cached?: boolean }) {
  const chosen = asked === 'all' || asked === 'month' ? asked : null;
  const [t, monthRows] = await Promise.all([getTranslations('leaderboard'), leaderboard(chosen ?? 'month'), cached ? tagPage(TAGS.leaderboard) : null]);
  // Early in a month nobody has points yet: without an explicit choice, open on all-time.
  const fallback = chosen === null && monthRows.length === 0;
  const period = fallback ? 'all' : (chosen ?? 'month');
  const rows = fallback ? await leaderboard('all') : monthRows;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-8">
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('period')} className="mb-4 inline-flex rounded-lg bg-slate-100 p-1 text-sm">
        {(['month', 'all'] as const).map((p) => (
          <Link
            key={p}
            href={`/leaderboard?period=${p}`}
            aria-current={p === period ? 'page' : undefined}
            className={cn('rounded-md px-4 py-1.5', p === period ? 'bg-white font-medium text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
          >
            {t(p)}
          </Link>
        ))}
      </nav>
      {fallback && <p className="mb-3 text-sm text-slate-600">{t('monthEmptyShowingAll')}</p>}
      {rows.length === 0 ? (
        <EmptyState icon={Trophy} title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <ol className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm">
          {rows.map((r) => (
            <LeaderRowItem key={r.userId} userId={r.userId}>
              <span className={cn('w-7 text-center text-lg font-bold', r.rank <= 3 ? 'text-accent-500' : 'text-slate-400')}>{r.rank}</span>
              <Avatar name={r.name} />
              <div className="min-w-0 flex-1">
                <Link href={`/members/${r.userId}`} className="font-medium text-slate-900 hover:text-brand-700">
                  {r.name}
                </Link>
                {r.organization && <p className="truncate text-xs text-slate-600">{r.organization}</p>}
              </div>
              <span className="font-semibold tabular-nums text-slate-900">{t('points', { n: r.points })}</span>
            </LeaderRowItem>
          ))}
        </ol>
      )}
      <p className="mt-4 text-xs text-slate-500">{t('privacyNote')}</p>
    </div>
  );
}
