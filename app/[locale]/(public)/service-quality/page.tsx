import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getServiceQuality } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { LevelDistribution } from '@/components/ratings/level-distribution';
import { isCaseClosed } from '@/lib/ratings/policy';
import { TAGS, tagPage } from '@/lib/cache/tags';

// Served from the cache for everyone (lib/cache), dropped on every instance when a rating or a
// rating case changes; five minutes at most for what only time changes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('qualityTitle') };
}

export default async function ServiceQualityPage({ params }: PageProps<'/[locale]/service-quality'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [quality, t, format, tz] = await Promise.all([getServiceQuality(), getTranslations('ratings'), getFormatter(), findDefaultTimeZone(), tagPage(TAGS.serviceQuality)]);
  const date = (d: Date) => formatDay(d, locale, tz);
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-8">
      <PageHeader title={t('qualityTitle')} description={t('qualityLead')} />
      <div className="grid gap-6 md:grid-cols-2">
        {quality.types.map((type) => (
          <Card key={type.serviceType} data-testid="quality-type" data-type={type.serviceType} data-shown={type.shown}>
            <CardHeader>
              <div>
                <CardTitle>{t(`serviceTypes.${type.serviceType}`)}</CardTitle>
                {type.shown && <p className="text-sm text-slate-600">{t('totalRatings', { count: type.total })}</p>}
              </div>
            </CardHeader>
            <CardBody className="space-y-4">
              {type.shown ? (
                <>
                  <LevelDistribution serviceType={type.serviceType} levels={type.levels} />
                  <p className="text-sm">
                    <span className="font-medium">{t('callbackRateLabel')}</span> 
                    {type.bad === 0 ? t('noBad') : t('callbackRateValue', { rate: format.number(type.calledBack / type.bad, { style: 'percent', maximumFractionDigits: 0 }), called: type.calledBack, bad: type.bad })}
                  </p>
                </>
              ) : (
                <p className="text-sm text-slate-600">{t('notEnough', { minimum: quality.minimum })}</p>
              )}
            </CardBody>
          </Card>
        ))}
      </div>
      <Card className="mt-6">
        <CardHeader>
          <div>
            <CardTitle>{t('logTitle')}</CardTitle>
            <p className="text-sm text-slate-600">{t('logLead')}</p>
          </div>
        </CardHeader>
        <CardBody>
          {quality.log.length === 0 ? (
            <p className="text-sm text-slate-600">{t('logEmpty')}</p>
          ) : (
            <div className="overflow-x-auto">
              <Table>
                <thead>
                  <tr>
                    <Th>{t('logOpened')}</Th>
                    <Th>{t('service')}</Th>
                    <Th>{t('level')}</Th>
                    <Th>{t('status')}</Th>
                    <Th>{t('logClosed')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {quality.log.map((c) => (
                    <tr key={c.id}>
                      <Td className="whitespace-nowrap">{date(c.openedAt)}</Td>
                      <Td>{t(`serviceTypes.${c.serviceType}`)}</Td>
                      <Td className="whitespace-nowrap">{t(`levels.${c.level}`)}</Td>
                      <Td>
                        <Badge tone={isCaseClosed(c.status) ? 'success' : 'warning'}>{t(`caseStatus.${c.status}`)}</Badge>
                      </Td>
                      <Td className="whitespace-nowrap">{c.closedAt ? date(c.closedAt) : t('stillOpen')}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
