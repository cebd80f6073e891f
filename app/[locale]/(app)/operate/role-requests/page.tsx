import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listRoleRequestQueue } from '@/lib/console/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { firstValues, roleRequestQueueSearchSchema } from '@/lib/console/schemas';
import { decideRoleRequestsAction } from '@/lib/role-requests/actions';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Age } from '@/components/console/age';
import { BulkQueue } from '@/components/console/bulk-queue';
import { QueueFilters } from '@/components/console/queue-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.roleRequests');
  return { title: t('title') };
}

export default async function RoleRequestQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/role-requests'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('roleRequest:review');
  const search = roleRequestQueueSearchSchema.parse(firstValues(await searchParams));
  const now = new Date();
  const [rows, t, tr, tz] = await Promise.all([listRoleRequestQueue(operator, search), getTranslations('console.roleRequests'), getTranslations('roles'), findDefaultTimeZone()]);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <QueueFilters
        action="/operate/role-requests"
        filters={[
          { kind: 'search', name: 'q', label: t('search'), value: search.q },
          { kind: 'select', name: 'role', label: t('role'), value: search.role, anyLabel: t('anyRole'), options: (['MENTOR', 'INVESTOR'] as const).map((r) => ({ value: r, label: tr(r) })) },
          { kind: 'select', name: 'sort', label: t('sort'), value: search.sort, options: (['oldest', 'newest'] as const).map((s) => ({ value: s, label: t(`sortBy.${s}`) })) },
        ]}
      />
      <BulkQueue
        idField="requestId"
        action={decideRoleRequestsAction}
        rows={rows.map((r) => ({
          id: r.id,
          label: `${r.user.name} · ${tr(r.role)}`,
          content: (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4" data-testid="role-request">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {r.user.name} <Badge tone="brand">{tr(r.role)}</Badge>
                </p>
                <p className="truncate text-xs text-slate-500">
                  {r.user.email}
                  {r.user.organization ? ` · ${r.user.organization}` : ''}
                </p>
                {r.message && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{r.message}</p>}
              </div>
              <p className="shrink-0 text-xs">
                <Age since={r.createdAt} now={now} timeZone={tz} />
              </p>
            </div>
          ),
        }))}
      />
    </div>
  );
}
