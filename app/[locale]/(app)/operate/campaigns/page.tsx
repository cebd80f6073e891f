import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/format';
import { requirePagePermission } from '@/lib/auth/session';
import { listCampaignQueue } from '@/lib/console/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { campaignQueueSearchSchema, firstValues } from '@/lib/console/schemas';
import { decideCampaignsAction } from '@/lib/campaigns/actions';
import { PageHeader } from '@/components/ui/page-header';
import { Age } from '@/components/console/age';
import { BulkQueue } from '@/components/console/bulk-queue';
import { QueueFilters } from '@/components/console/queue-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.campaigns');
  return { title: t('title') };
}

export default async function CampaignQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/campaigns'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const search = campaignQueueSearchSchema.parse(firstValues(await searchParams));
  const now = new Date();
  const [rows, t, tz] = await Promise.all([listCampaignQueue(operator, search), getTranslations('console.campaigns'), findDefaultTimeZone()]);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <QueueFilters
        action="/operate/campaigns"
        filters={[
          { kind: 'search', name: 'q', label: t('search'), value: search.q },
          { kind: 'select', name: 'sort', label: t('sort'), value: search.sort, options: (['oldest', 'newest', 'goal'] as const).map((s) => ({ value: s, label: t(`sortBy.${s}`) })) },
        ]}
      />
      <BulkQueue
        idField="campaignId"
        action={decideCampaignsAction}
        labels={{ approve: t('approveSelected'), reject: t('returnSelected') }}
        rows={rows.map((c) => ({
          id: c.id,
          label: c.title,
          content: (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4" data-testid="campaign-review-row">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  <Link href={`/operate/campaigns/${c.id}`} className="hover:text-brand-700 hover:underline">
                    {c.title}
                  </Link>
                </p>
                <p className="text-sm text-slate-600">
                  {c.project.name} · {t('goalLine', { goal: formatMoney(c.goalFen, locale), days: c.durationDays, tiers: c._count.tiers })}
                </p>
              </div>
              <p className="shrink-0 text-xs">
                <Age since={c.submittedAt ?? c.createdAt} now={now} timeZone={tz} />
              </p>
            </div>
          ),
        }))}
      />
    </div>
  );
}
