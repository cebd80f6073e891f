import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { getReportableResource, listFaultCategories, listKnownIssues } from '@/lib/faults/queries';
import { Link } from '@/i18n/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FaultReportForm } from '@/components/faults/report-form';
import { FaultStatusBadge } from '@/components/faults/fault-status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('reportTitle') };
}

export default async function NewFaultPage({ params, searchParams }: PageProps<'/[locale]/faults/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const sp = await searchParams;
  const resourceId = typeof sp.resource === 'string' && sp.resource.length <= 64 ? sp.resource : undefined;
  const resource = resourceId ? await getReportableResource(resourceId) : null;
  if (resourceId && !resource) notFound();
  const [categories, known] = await Promise.all([listFaultCategories(), resource ? listKnownIssues(resource.id) : Promise.resolve([])]);
  const t = await getTranslations('faults');
  const en = locale === 'en';
  const sorted = [...categories].sort((a, b) => Number(b.forResources === !!resource) - Number(a.forResources === !!resource) || a.sortOrder - b.sortOrder);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t('reportTitle')} description={resource ? t('reportFor', { name: resource.name }) : t('reportForSpace')} />
      {known.length > 0 && (
        <Alert tone="info">
          <p className="font-medium">{t('alreadyReported')}</p>
          <ul className="mt-2 space-y-1">
            {known.map((k) => (
              <li key={k.id} className="flex flex-wrap items-center gap-2">
                <FaultStatusBadge status={k.status} />
                <Link href={`/faults/${k.id}`} className="text-brand-700 underline">{en ? k.category.nameEn : k.category.nameZh}</Link>
                <span className="text-sm">{t('supporters', { n: k.confirmationCount })}</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Card>
        <CardBody>
          <FaultReportForm
            resourceId={resource?.id}
            defaultLocation={resource?.zone ?? ''}
            categories={sorted.map((c) => ({ id: c.id, name: en ? c.nameEn : c.nameZh, description: en ? c.descriptionEn : c.descriptionZh, targetHours: c.targetHours }))}
          />
        </CardBody>
      </Card>
    </div>
  );
}
