import type { Metadata } from 'next';
import { QrCode } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { listMyRateableRecords } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { textParam } from '@/lib/validation';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RateableList } from '@/components/ratings/rateable-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('hereTitle') };
}

const hereSchema = z.object({ resource: textParam(60), event: textParam(60) });

/** Where a QR code on a resource's or an event's page leads: the member's rateable records there. */
export default async function RateHerePage({ params, searchParams }: PageProps<'/[locale]/ratings/here'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const q = hereSchema.parse(await searchParams);
  const filter = q.resource ? { resourceId: q.resource } : q.event ? { eventId: q.event } : {};
  const [items, t, timeZone] = await Promise.all([listMyRateableRecords(user, filter), getTranslations('ratings'), findDefaultTimeZone()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('hereTitle')} description={t('hereLead')} />
      <Card>
        <CardBody>{items.length === 0 ? <EmptyState icon={QrCode} title={t('hereEmpty')} /> : <RateableList items={items} timeZone={timeZone} />}</CardBody>
      </Card>
    </div>
  );
}
