import { MessagesSquare } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listConsultations, participationStats } from '@/lib/participation/queries';
import { consultationSearchSchema } from '@/lib/participation/schemas';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { StatsStrip } from '@/components/participation/stats';

/**
 * The public consultations, the same for everyone: for /participate with a cursor (per request)
 * and for its cached entry without a query (`cached`: tagged `participation`).
 */
export async function ConsultationList({ sp, cached = false }: { sp: Record<string, string | string[] | undefined>; cached?: boolean }) {
  const search = consultationSearchSchema.parse(sp);
  const [t, locale, page, stats] = await Promise.all([
    getTranslations('participate'),
    getLocale(),
    listConsultations({ signedIn: false, cursor: search.cursor, limit: search.limit }),
    participationStats(),
    cached ? tagPage(TAGS.participation) : null,
  ]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild variant="outline">
            <Link href="/participate/results">{t('results.link')}</Link>
          </Button>
        }
      />
      <section aria-labelledby="space-stats" className="mb-8 space-y-2">
        <h2 id="space-stats" className="text-sm font-semibold text-slate-700">
          {t('stats.spaceTitle')}
        </h2>
        <StatsStrip stats={stats} />
      </section>
      {page.items.length === 0 ? (
        <EmptyState icon={MessagesSquare} title={t('empty')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {page.items.map((c) => (
            <li key={c.id} className="flex flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="mb-2 flex flex-wrap gap-1.5">
                {c.standing && <Badge tone="brand">{t('suggestionBox.badge')}</Badge>}
                <Badge tone={c.open ? 'success' : 'neutral'}>{c.open ? t('open') : t('closed')}</Badge>
              </div>
              <h2 className="text-lg font-semibold text-slate-900">
                <Link href={`/participate/${c.id}`} className="hover:text-brand-700">
                  {c.standing ? t('suggestionBox.title') : c.title}
                </Link>
              </h2>
              <p className="mt-1 line-clamp-2 text-sm text-slate-600">{c.standing ? t('suggestionBox.description') : c.description}</p>
              <p className="mt-auto pt-3 text-xs text-slate-500">
                {t('proposalCount', { n: c.proposalCount })} · {t('deadlineDays', { n: c.answerDeadlineDays })}
                {c.closesAt && <> · {t('closesAt', { date: formatDay(c.closesAt, locale, c.timeZone) })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <div className="mt-6">
          <LoadMore href={{ pathname: '/participate', query: { cursor: page.nextCursor } }} label={t('more')} />
        </div>
      )}
    </>
  );
}
