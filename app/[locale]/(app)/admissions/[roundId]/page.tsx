import type { Metadata } from 'next';
import { Inbox } from 'lucide-react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listRoundApplications } from '@/lib/admissions/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { roundState } from '@/lib/admissions/policy';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { Table, Td, Th } from '@/components/ui/table';
import { ApplicationStatusBadge } from '@/components/admissions/application-status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admissions');
  return { title: t('title') };
}

export default async function RoundPage({ params }: PageProps<'/[locale]/admissions/[roundId]'>) {
  const { locale, roundId } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const data = await listRoundApplications(operator, roundId);
  if (!data) notFound();
  const [t, tp, tc, tz] = await Promise.all([getTranslations('admissions'), getTranslations('projects'), getTranslations('console.admissions'), findDefaultTimeZone()]);
  const state = roundState(data.round, data.applications.filter((a) => ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'].includes(a.status)).length, new Date());
  return (
    <>
      <PageHeader title={data.round.name} description={t('table.description', { n: data.applications.length })} actions={
          <span className="flex flex-wrap items-center gap-2">
            <ExportButtons table="applications" params={{ roundId }} />
            <Badge data-testid="round-state">{tc(`roundState.${state}`)}</Badge>
            <Badge data-testid="round-places">{data.round.quota == null ? tc('placesUnlimited') : tc('places', { quota: data.round.quota, left: Math.max(0, data.round.quota - data.applications.filter((a) => a.status === 'ADMITTED').length) })}</Badge>
          </span>
        } />
      <Card>
        <CardBody>
          {data.applications.length === 0 ? (
            <EmptyState icon={Inbox} title={t('table.emptyTitle')} description={t('table.emptyBody')} />
          ) : (
            <form method="get" action={`/${locale}/admissions/${roundId}/compare`}>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-slate-600">{tc('compareHint')}</p>
              <Button type="submit" size="sm" variant="outline">
                {tc('compare')}
              </Button>
            </div>
            <Table>
              <thead>
                <tr>
                  <Th>
                    <span className="sr-only">{tc('compare')}</span>
                  </Th>
                  <Th>{t('table.project')}</Th>
                  <Th>{t('table.stage')}</Th>
                  <Th>{t('table.submitted')}</Th>
                  <Th>{t('table.status')}</Th>
                  <Th>{t('table.score')}</Th>
                  <Th>{t('table.comments')}</Th>
                </tr>
              </thead>
              <tbody>
                {data.applications.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <input type="checkbox" name="id" value={a.id} className="size-4" aria-label={tc('selectForCompare', { name: a.project.name })} />
                    </Td>
                    <Td>
                      <Link href={`/admissions/applications/${a.id}`} className="font-medium text-brand-700 underline">
                        {a.project.name}
                      </Link>
                      <div className="text-xs text-slate-500">{a.project.organization}</div>
                    </Td>
                    <Td>{tp(`stage.${a.project.stage}`)}</Td>
                    <Td>{a.submittedAt ? formatDay(a.submittedAt, locale, tz) : '—'}</Td>
                    <Td>
                      <ApplicationStatusBadge status={a.status} />
                    </Td>
                    <Td>{a.averageScore === null ? '—' : `${a.averageScore.toFixed(1)} (${a.scoreCount})`}</Td>
                    <Td>{a._count.comments}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            </form>
          )}
        </CardBody>
      </Card>
    </>
  );
}
