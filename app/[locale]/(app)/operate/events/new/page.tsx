import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listEventFormOptions } from '@/lib/events/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EventForm } from '@/components/events/event-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events.operate');
  return { title: t('newTitle') };
}

export default async function NewEventPage({ params }: PageProps<'/[locale]/operate/events/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('event:manage');
  const [options, t] = await Promise.all([listEventFormOptions(operator), getTranslations('events.operate')]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card>
        <CardBody>
          <EventForm spaces={options.spaces} certifications={options.certifications} />
        </CardBody>
      </Card>
    </div>
  );
}
