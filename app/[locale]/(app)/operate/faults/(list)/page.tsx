import type { Metadata } from 'next';
import { Wrench } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listFaultsForOperator } from '@/lib/faults/queries';
import { faultListFilterSchema } from '@/lib/faults/schemas';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDateTime } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { FaultStatusBadge } from '@/components/faults/fault-status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('queueTitle') };
}

const FILTERS = ['open', 'fixed', 'closed', 'all'] as const;

export default async function FaultQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/faults'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const { status } = faultListFilterSchema.parse(await searchParams);
  const [rows, t, tz] = await Promise.all([listFaultsForOperator(operator, status), getTranslations('faults'), findDefaultTimeZone()]);
  const en = locale === 'en';
  return (
    <div>
      <PageHeader
        title={t('queueTitle')}
        description={t('queueDescription')}
        actions={<Link href="/operate/faults/labels" className="text-sm font-medium text-brand-700 hover:underline">{t('labelsLink')}</Link>}
      />
      <nav aria-label={t('filterLabel')} className="-mx-4 mb-6 flex gap-2 overflow-x-auto px-4">
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={`/operate/faults?status=${f}`}
            aria-current={status === f ? 'page' : undefined}
            className={cn('whitespace-nowrap rounded-full px-4 py-1.5 text-sm font-medium', status === f ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200')}
          >
            {t(`filter.${f}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState icon={Wrench} title={t('queueEmpty')} />
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <FaultStatusBadge status={r.status} />
                {r.overdue && <Badge tone="danger">{t('overdue')}</Badge>}
                {r.blockId && <Badge tone="danger">{t('outOfService')}</Badge>}
                <Link href={`/operate/faults/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {en ? r.category.nameEn : r.category.nameZh} · {r.resource?.name ?? t('theSpace')}
                </Link>
              </div>
              <p className="mt-1 line-clamp-2 text-sm text-slate-700">{r.description}</p>
              <p className="mt-1 text-xs text-slate-600">
                {t('queueMeta', {
                  when: formatDateTime(r.createdAt, locale, tz),
                  reporter: r.reporter?.name ?? '—',
                  n: r.confirmationCount,
                  assignee: r.assignee?.name ?? t('nobody'),
                })}
                {r.anonymous ? ` · ${t('anonymousToMembers')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
