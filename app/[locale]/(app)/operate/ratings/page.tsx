import type { Metadata } from 'next';
import { MessageSquareWarning } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { isCaseClosed, lastDayOf } from '@/lib/ratings/policy';
import { listRatingCases } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { CaseStatusBadge } from '@/components/ratings/case-badges';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('casesTitle') };
}

export default async function RatingCasesPage({ params }: PageProps<'/[locale]/operate/ratings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const [cases, t, tz] = await Promise.all([listRatingCases(operator), getTranslations('ratings'), findDefaultTimeZone()]);
  const now = new Date();
  const groups = [
    { key: 'openCases', items: cases.filter((c) => !isCaseClosed(c.status)) },
    { key: 'closedCases', items: cases.filter((c) => isCaseClosed(c.status)) },
  ] as const;
  return (
    <div>
      <PageHeader title={t('casesTitle')} description={t('casesLead')} />
      <div className="space-y-6">
        {groups.map((g) => (
          <Card key={g.key}>
            <CardHeader>
              <CardTitle>
                {t(g.key)} ({g.items.length})
              </CardTitle>
            </CardHeader>
            <CardBody>
              {g.items.length === 0 ? (
                <EmptyState icon={MessageSquareWarning} title={t('noCases')} />
              ) : (
                <div className="overflow-x-auto">
                  <Table>
                    <thead>
                      <tr>
                        <Th>{t('service')}</Th>
                        <Th>{t('level')}</Th>
                        <Th>{t('status')}</Th>
                        <Th>{t('openedAt')}</Th>
                        <Th>{t('due')}</Th>
                        <Th>
                          <span className="sr-only">{t('view')}</span>
                        </Th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.items.map((c) => (
                        <tr key={c.id} data-testid="rating-case" data-subject={c.rating.subject}>
                          <Td>
                            <span className="font-medium">{c.rating.subject}</span>
                            <span className="block text-xs text-slate-500">{t(`serviceTypes.${c.rating.serviceType}`)}</span>
                            {c.rating.comment && <span className="mt-1 block max-w-xs truncate text-xs text-slate-600">{c.rating.comment}</span>}
                          </Td>
                          <Td>
                            <Badge tone="danger">{t(`levels.${c.rating.level}`)}</Badge>
                          </Td>
                          <Td>
                            <CaseStatusBadge status={c.status} overdue={!isCaseClosed(c.status) && c.dueAt <= now} />
                          </Td>
                          <Td className="whitespace-nowrap">{formatDay(c.openedAt, locale, tz, now)}</Td>
                          <Td className="whitespace-nowrap">{formatDay(lastDayOf(c.dueAt), locale, tz, now)}</Td>
                          <Td>
                            <Link href={`/operate/ratings/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                              {t('view')}
                              <span className="sr-only"> {c.rating.subject}</span>
                            </Link>
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </div>
              )}
            </CardBody>
          </Card>
        ))}
      </div>
    </div>
  );
}
