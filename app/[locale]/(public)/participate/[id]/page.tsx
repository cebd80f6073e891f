import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Lightbulb, MessageSquare, Heart } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findConsultation, listProposals, participationStats } from '@/lib/participation/queries';
import { proposalSearchSchema } from '@/lib/participation/schemas';
import { formatDay } from '@/lib/format';
import { PROPOSAL_SORTS, PROPOSAL_STATUSES } from '@/lib/participation/policy';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import { LoadMore } from '@/components/ui/load-more';
import { Markdown } from '@/components/ui/markdown';
import { ClockBadge, ProposalStatusBadge } from '@/components/participation/badges';
import { StatsStrip } from '@/components/participation/stats';

/** A public consultation needs no session; a members-only one is looked up again for a signed-in reader. */
async function visibility(id: string) {
  if (await findConsultation(id, { signedIn: false })) return { signedIn: false };
  return { signedIn: (await getCurrentUser()) !== null };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/participate/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const [t, c] = await Promise.all([getTranslations('participate'), findConsultation(id, await visibility(id))]);
  return { title: c ? (c.standing ? t('suggestionBox.title') : c.title) : '' };
}

export default async function ConsultationPage({ params, searchParams }: PageProps<'/[locale]/participate/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const search = proposalSearchSchema.parse(await searchParams);
  const page = await listProposals(id, search, await visibility(id));
  if (!page) notFound();
  const c = page.consultation;
  const [t, stats] = await Promise.all([getTranslations('participate'), participationStats(c.id)]);
  const query = { ...(search.status ? { status: search.status } : {}), ...(search.category ? { category: search.category } : {}), ...(search.sort ? { sort: search.sort } : {}) };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/participate" className="text-brand-700 hover:underline">
            {t('title')}
          </Link>
        </p>
        <div className="flex flex-wrap gap-1.5">
          {c.standing && <Badge tone="brand">{t('suggestionBox.badge')}</Badge>}
          <Badge tone={c.open ? 'success' : 'neutral'}>{c.open ? t('open') : t('closed')}</Badge>
          {c.audience === 'MEMBERS' && <Badge>{t('membersOnly')}</Badge>}
        </div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{c.standing ? t('suggestionBox.title') : c.title}</h1>
        {c.standing ? <p className="text-slate-600">{t('suggestionBox.description')}</p> : c.description && <Markdown className="text-sm text-slate-700">{c.description}</Markdown>}
        <p className="text-sm text-slate-500">
          {t('deadlineDays', { n: c.answerDeadlineDays })}
          {c.supportThreshold && <> · {t('threshold', { n: c.supportThreshold })}</>}
          {c.closesAt && <> · {t('closesAt', { date: formatDay(c.closesAt, locale, c.timeZone) })}</>}
        </p>
        {c.open && (
          <Button asChild>
            <Link href={`/participate/${c.id}/propose`}>
              <Lightbulb className="size-4" aria-hidden /> {t('propose')}
            </Link>
          </Button>
        )}
      </header>

      <section aria-labelledby="consultation-stats" className="space-y-2">
        <h2 id="consultation-stats" className="text-sm font-semibold text-slate-700">
          {t('stats.consultationTitle')}
        </h2>
        <StatsStrip stats={stats} />
      </section>

      <section aria-labelledby="proposals-title" className="space-y-4">
        <h2 id="proposals-title" className="text-lg font-semibold text-slate-900">
          {t('proposalsTitle')}
        </h2>
        {/* A plain GET form: works without JavaScript, each parameter read on its own. */}
        <form className="flex flex-wrap items-end gap-3" method="get">
          <label className="space-y-1 text-sm">
            <span className="block text-slate-600">{t('filter.status')}</span>
            <Select name="status" defaultValue={search.status ?? ''}>
              <option value="">{t('filter.all')}</option>
              {PROPOSAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </Select>
          </label>
          {c.categories.length > 0 && (
            <label className="space-y-1 text-sm">
              <span className="block text-slate-600">{t('filter.category')}</span>
              <Select name="category" defaultValue={search.category ?? ''}>
                <option value="">{t('filter.all')}</option>
                {c.categories.map((cat) => (
                  <option key={cat} value={cat}>
                    {cat}
                  </option>
                ))}
              </Select>
            </label>
          )}
          <label className="space-y-1 text-sm">
            <span className="block text-slate-600">{t('filter.sort')}</span>
            <Select name="sort" defaultValue={search.sort ?? 'newest'}>
              {PROPOSAL_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </Select>
          </label>
          <Button type="submit" variant="outline" size="sm">
            {t('filter.apply')}
          </Button>
        </form>
        {page.items.length === 0 ? (
          <EmptyState icon={Lightbulb} title={t('noProposals')} />
        ) : (
          <ul className="space-y-3" data-testid="proposal-list">
            {page.items.map((p) => (
              <li key={p.id} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
                <div className="mb-1 flex flex-wrap items-center gap-1.5">
                  <ProposalStatusBadge status={p.status} />
                  <ClockBadge clock={p.clock} withdrawn={p.status === 'WITHDRAWN'} />
                  {p.escalatedAt && <Badge tone="danger">{t('escalated')}</Badge>}
                  {p.category && <Badge>{p.category}</Badge>}
                </div>
                <h3 className="font-semibold text-slate-900">
                  <Link href={`/participate/proposals/${p.id}`} className="hover:text-brand-700">
                    {p.title}
                  </Link>
                </h3>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-xs text-slate-500">
                  <span>{p.author.name}</span>
                  <span>{formatDay(p.createdAt, locale, c.timeZone)}</span>
                  <span className="inline-flex items-center gap-1">
                    <Heart className="size-3" aria-hidden /> {t('supports', { n: p.supportCount })}
                  </span>
                  <span className="inline-flex items-center gap-1">
                    <MessageSquare className="size-3" aria-hidden /> {t('commentsCount', { n: p.commentCount })}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
        {page.nextCursor && <LoadMore href={{ pathname: `/participate/${c.id}`, query: { ...query, cursor: page.nextCursor } }} label={t('more')} />}
      </section>
    </div>
  );
}
