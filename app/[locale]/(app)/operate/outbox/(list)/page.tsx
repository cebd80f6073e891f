import type { Metadata } from 'next';
import { Inbox } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listReceivedMail } from '@/lib/notifications/queries';
import { notificationListSchema } from '@/lib/notifications/schemas';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { DateTime } from '@/components/campaigns/date-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outbox');
  return { title: t('title') };
}

export default async function OutboxPage({ params, searchParams }: PageProps<'/[locale]/operate/outbox'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission('space:operate');
  const query = notificationListSchema.parse(await searchParams);
  const page = await listReceivedMail(user, { cursor: query.cursor, limit: 30 });
  const t = await getTranslations('outbox');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('lead')} />
      <Card>
        <CardBody>
          {page.items.length === 0 ? (
            <EmptyState icon={Inbox} title={t('empty')} />
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="outbox-list">
              {page.items.map((m) => (
                <li key={m.id} className="py-3 text-sm">
                  <Link href={`/operate/outbox/${m.id}`} className="font-medium text-brand-700 hover:underline">
                    {m.subject || t('noSubject')}
                  </Link>
                  <p className="mt-1 text-xs text-slate-500">
                    {t('to')}: {m.toAddresses.join(', ')} · <DateTime value={m.receivedAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {page.nextCursor && <LoadMore href={`/operate/outbox?cursor=${page.nextCursor}`} label={t('more')} />}
        </CardBody>
      </Card>
    </div>
  );
}
