import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getMachineReliability } from '@/lib/faults/queries';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FaultStatusBadge } from '@/components/faults/fault-status-badge';

export async function generateMetadata({ params }: PageProps<'/[locale]/reliability/[id]'>): Promise<Metadata> {
  const t = await getTranslations('faults');
  const r = await getMachineReliability((await params).id);
  return { title: r ? t('reliabilityTitle', { name: r.resource.name }) : '' };
}

/** Public figures of one machine: availability over 90 days, median time to repair, open issues. */
export default async function ReliabilityPage({ params }: PageProps<'/[locale]/reliability/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const r = await getMachineReliability(id);
  if (!r) notFound();
  const t = await getTranslations('faults');
  const format = await getFormatter();
  const en = locale === 'en';
  const hours = r.mttrMs === null ? null : r.mttrMs / 3_600_000;
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8">
      <PageHeader title={t('reliabilityTitle', { name: r.resource.name })} description={[r.resource.space.name, r.resource.zone].filter(Boolean).join(' · ')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <CardBody>
            <p className="text-sm text-slate-600">{t('availabilityLabel', { n: r.days })}</p>
            <p className="mt-1 text-3xl font-bold">{format.number(r.availability, { style: 'percent', maximumFractionDigits: 1 })}</p>
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <p className="text-sm text-slate-600">{t('mttrLabel')}</p>
            <p className="mt-1 text-3xl font-bold">{hours === null ? '—' : hours < 48 ? t('hours', { n: Math.round(hours * 10) / 10 }) : t('days', { n: Math.round((hours / 24) * 10) / 10 })}</p>
            <p className="text-xs text-slate-600">{t('fixedCount', { n: r.fixedCount })}</p>
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader><CardTitle>{t('knownIssues')}</CardTitle></CardHeader>
        <CardBody>
          {r.open.length === 0 ? (
            <p className="text-sm text-slate-600">{t('noKnownIssues')}</p>
          ) : (
            <ul className="space-y-2">
              {r.open.map((k) => (
                <li key={k.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <FaultStatusBadge status={k.status} />
                  <span>{en ? k.category.nameEn : k.category.nameZh}</span>
                  <span className="text-slate-600">{t('supporters', { n: k.confirmationCount })}</span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
