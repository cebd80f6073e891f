import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { EXPORT_TABLES } from '@/lib/exports/schemas';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('exports');
  return { title: t('pageTitle') };
}

/** Every table at once, unfiltered; each table's own page exports its current filter. */
export default async function ExportsPage({ params }: PageProps<'/[locale]/operate/exports'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requirePagePermission('space:operate');
  const t = await getTranslations('exports');
  const tables = EXPORT_TABLES.filter((table) => table !== 'audit' || can(staff, 'audit:list'));
  return (
    <div>
      <PageHeader title={t('pageTitle')} description={t('pageDescription')} />
      <Card>
        <CardBody>
          <p className="mb-4 text-sm text-slate-600">{t('hint')}</p>
          <ul className="divide-y divide-slate-100">
            {tables.map((table) => (
              <li key={table} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <h2 className="font-medium text-slate-900">{t(`tables.${table}`)}</h2>
                <ExportButtons table={table} />
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
