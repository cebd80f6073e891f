import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { compareApplications } from '@/lib/admissions/queries';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { ApplicationStatusBadge } from '@/components/admissions/application-status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.admissions');
  return { title: t('compareTitle') };
}

export default async function CompareApplicationsPage({ params, searchParams }: PageProps<'/[locale]/admissions/[roundId]/compare'>) {
  const { locale, roundId } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const raw = (await searchParams).id;
  const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v) => v.length <= 64);
  const data = await compareApplications(operator, roundId, ids);
  if (!data) notFound();
  const t = await getTranslations('console.admissions');
  const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  const rows = data.applications;
  const best = (pick: (a: (typeof rows)[number]) => number | null) => Math.max(...rows.map((a) => pick(a) ?? -1));
  return (
    <div className="space-y-6">
      <PageHeader title={t('compareTitle')} description={`${data.round.name} · ${t('compareDescription')}`} />
      {data.applications.length < 2 ? (
        <Alert tone="info">{t('compareNeedTwo')}</Alert>
      ) : (
        <Card>
          <CardBody className="overflow-x-auto">
            <Table data-testid="compare-table">
              <thead>
                <tr>
                  <Th scope="col">{t('criterion')}</Th>
                  {data.applications.map((a) => (
                    <Th key={a.id} scope="col">
                      <Link href={`/admissions/applications/${a.id}`} className="text-brand-700 underline">
                        {a.project.name}
                      </Link>
                    </Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <Th scope="row">{t('status')}</Th>
                  {data.applications.map((a) => (
                    <Td key={a.id}>
                      <ApplicationStatusBadge status={a.status} />
                    </Td>
                  ))}
                </tr>
                {data.round.criteria.map((c) => {
                  const top = best((a) => a.byCriterion[c.id].avg);
                  return (
                    <tr key={c.id}>
                      <Th scope="row">{c.label}</Th>
                      {data.applications.map((a) => (
                        <Td key={a.id} className={a.byCriterion[c.id].avg === top && top >= 0 ? 'font-semibold text-emerald-700' : undefined}>
                          {score(a.byCriterion[c.id].avg)} <span className="text-xs text-slate-500">({a.byCriterion[c.id].n})</span>
                        </Td>
                      ))}
                    </tr>
                  );
                })}
                <tr>
                  <Th scope="row">{t('averageAll')}</Th>
                  {data.applications.map((a) => (
                    <Td key={a.id} className="font-semibold">
                      {score(a.overall)}
                    </Td>
                  ))}
                </tr>
              </tbody>
            </Table>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
