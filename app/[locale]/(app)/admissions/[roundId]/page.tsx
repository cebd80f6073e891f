import type { Metadata } from 'next';
import { Inbox } from 'lucide-react';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listRoundApplications } from '@/lib/admissions/queries';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
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
  const [t, tp, format] = await Promise.all([getTranslations('admissions'), getTranslations('projects'), getFormatter()]);
  return (
    <>
      <PageHeader title={data.round.name} description={t('table.description', { n: data.applications.length })} />
      <Card>
        <CardBody>
          {data.applications.length === 0 ? (
            <EmptyState icon={Inbox} title={t('table.emptyTitle')} description={t('table.emptyBody')} />
          ) : (
            <Table>
              <thead>
                <tr>
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
                      <Link href={`/admissions/applications/${a.id}`} className="font-medium text-brand-700 underline">
                        {a.project.name}
                      </Link>
                      <div className="text-xs text-slate-500">{a.project.organization}</div>
                    </Td>
                    <Td>{tp(`stage.${a.project.stage}`)}</Td>
                    <Td>{a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: 'medium' }) : '—'}</Td>
                    <Td>
                      <ApplicationStatusBadge status={a.status} />
                    </Td>
                    <Td>{a.averageScore === null ? '—' : `${a.averageScore.toFixed(1)} (${a.scoreCount})`}</Td>
                    <Td>{a._count.comments}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardBody>
      </Card>
    </>
  );
}
