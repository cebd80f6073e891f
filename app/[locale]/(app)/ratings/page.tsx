import type { Metadata } from 'next';
import { Star } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { listMyRateableRecords } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RateableList } from '@/components/ratings/rateable-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('myTitle') };
}

export default async function MyRatingsPage({ params }: PageProps<'/[locale]/ratings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const [items, t, timeZone] = await Promise.all([listMyRateableRecords(user), getTranslations('ratings'), findDefaultTimeZone()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('myTitle')} description={t('myLead')} />
      <Card>
        <CardBody>{items.length === 0 ? <EmptyState icon={Star} title={t('myEmpty')} /> : <RateableList items={items} timeZone={timeZone} />}</CardBody>
      </Card>
    </div>
  );
}
