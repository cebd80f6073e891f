import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/format';
import { requirePagePermission } from '@/lib/auth/session';
import { listPayoutQueue } from '@/lib/console/queries';
import { firstValues, payoutQueueSearchSchema } from '@/lib/console/schemas';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { localDateTimeText } from '@/lib/time';
import { canReleasePayout } from '@/lib/tasks/policy';
import { markPayoutsPaidAction } from '@/lib/tasks/actions';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { Age } from '@/components/console/age';
import { BulkQueue } from '@/components/console/bulk-queue';
import { QueueFilters } from '@/components/console/queue-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.payouts');
  return { title: t('title') };
}

/** Bounties are paid outside the platform; here an operator records many of them as paid at once. */
export default async function PayoutQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/payouts'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('payout:manage');
  const search = payoutQueueSearchSchema.parse(firstValues(await searchParams));
  const now = new Date();
  const [rows, tz, t, te] = await Promise.all([listPayoutQueue(operator, search), findDefaultTimeZone(), getTranslations('console.payouts'), getTranslations('errors')]);
  const yuan = (fen: number) => formatMoney(fen, locale);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} actions={<ExportButtons table="payouts" />} />
      <QueueFilters
        action="/operate/payouts"
        filters={[
          { kind: 'search', name: 'q', label: t('search'), value: search.q },
          { kind: 'select', name: 'status', label: t('status'), value: search.status, options: (['PENDING', 'PAID'] as const).map((s) => ({ value: s, label: t(`statusValue.${s}`) })) },
          { kind: 'select', name: 'sort', label: t('sort'), value: search.sort, options: (['oldest', 'newest', 'amount'] as const).map((s) => ({ value: s, label: t(`sortBy.${s}`) })) },
        ]}
      />
      <BulkQueue
        idField="payoutId"
        action={markPayoutsPaidAction}
        allowReject={false}
        readOnly={search.status !== 'PENDING'}
        labels={{ approve: t('markSelectedPaid') }}
        rows={rows.map((p) => {
          const task = p.assignment.task;
          const own = !canReleasePayout({ userId: p.userId, posterId: task.postedById }, operator.id);
          const label = `${task.title} · ${p.user.name}`;
          return {
            id: p.id,
            label,
            content: (
              <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4" data-testid="payout-row">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    <Link href={`/tasks/${task.id}`} className="hover:text-brand-700 hover:underline">
                      {task.title}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">{t('payee', { name: p.user.name, amount: yuan(p.amountFen) })}</p>
                  <p className="truncate text-xs text-slate-500">
                    {p.user.email} · {t('poster', { name: task.postedBy.name })}
                  </p>
                  {p.paidAt && <p className="mt-1 text-xs text-slate-600">{t('paidLine', { date: localDateTimeText(p.paidAt, tz), name: p.paidBy?.name ?? '—' })}</p>}
                  {own && p.status === 'PENDING' && (
                    <p className="mt-1">
                      <Badge tone="warning" data-testid="row-own-payout">{te('payoutOwnTask')}</Badge>
                    </p>
                  )}
                </div>
                <p className="shrink-0 text-xs">
                  <Age since={p.createdAt} now={now} timeZone={tz} />
                </p>
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
