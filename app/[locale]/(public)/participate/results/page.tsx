import type { Metadata } from 'next';
import { Sparkles } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listResults } from '@/lib/participation/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { TAGS, tagPage } from '@/lib/cache/tags';

// Served from the cache for everyone (lib/cache), dropped on every instance when a result or a
// proposal changes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate.results');
  return { title: t('title') };
}

type Node = Awaited<ReturnType<typeof listResults>>[number];

const STATUS_TONE = { PLANNED: 'neutral', IN_PROGRESS: 'brand', DONE: 'success' } as const;

// "You said, we did": public, no session read.
export default async function ResultsPage({ params }: PageProps<'/[locale]/participate/results'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, results] = await Promise.all([getTranslations('participate.results'), listResults(), tagPage(TAGS.participation)]);
  const render = (r: Node, depth: number) => (
    <li key={r.id} className={depth === 0 ? 'rounded-2xl border border-slate-200 bg-white p-5 shadow-sm' : 'rounded-xl bg-slate-50 p-4'} data-testid="result">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
        {depth > 0 && <Badge>{t('weight', { n: r.weight })}</Badge>}
      </div>
      <h2 className={depth === 0 ? 'mt-2 text-lg font-semibold text-slate-900' : 'mt-1 font-semibold text-slate-900'}>{r.title}</h2>
      <div className="mt-2 flex items-center gap-3">
        <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuenow={r.effectiveProgress} aria-valuemin={0} aria-valuemax={100} aria-label={t('progressLabel', { title: r.title })}>
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${r.effectiveProgress}%` }} />
        </div>
        <span className="text-sm font-semibold text-slate-800">{r.effectiveProgress}%</span>
      </div>
      {r.description && <Markdown className="mt-2 text-sm text-slate-700">{r.description}</Markdown>}
      {r.proposals.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs font-semibold uppercase text-slate-500">{t('youSaid')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {r.proposals.map(({ proposal }) => (
              <li key={proposal.id}>
                <Link href={`/participate/proposals/${proposal.id}`} className="text-brand-700 underline underline-offset-2">
                  {proposal.title}
                </Link>{' '}
                <span className="text-xs text-slate-500">{t('proposedBy', { name: proposal.author.name, n: proposal.supportCount })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.milestones.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs font-semibold uppercase text-slate-500">{t('weDid')}</h3>
          <ol className="mt-1 space-y-1 border-l-2 border-brand-100 pl-3 text-sm">
            {r.milestones.map((m) => (
              <li key={m.id}>
                <span className="text-xs text-slate-500">{m.date.toISOString().slice(0, 10)}</span> <span className="font-medium text-slate-800">{m.title}</span>
                {m.description && <p className="text-slate-600">{m.description}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}
      {r.children.length > 0 && <ul className="mt-4 space-y-3">{r.children.map((c) => render(c, depth + 1))}</ul>}
    </li>
  );
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {results.length === 0 ? <EmptyState icon={Sparkles} title={t('empty')} /> : <ul className="space-y-4">{results.map((r) => render(r, 0))}</ul>}
    </>
  );
}
