import type { Metadata } from 'next';
import { MailX } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { listMyEmails } from '@/lib/notifications/queries';
import { notificationListSchema } from '@/lib/notifications/schemas';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { DateTime } from '@/components/campaigns/date-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('emailsTitle') };
}

const TONE = { QUEUED: 'neutral', SENDING: 'brand', SENT: 'success', FAILED: 'danger' } as const;

export default async function MyEmailsPage({ params, searchParams }: PageProps<'/[locale]/notifications/emails'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const query = notificationListSchema.parse(await searchParams);
  const page = await listMyEmails(user, query);
  const t = await getTranslations('notifications');
  return (
    <div className="space-y-6">
      <PageHeader title={t('emailsTitle')} description={t('emailsLead')} />
      <Card>
        <CardBody>
          {page.items.length === 0 ? (
            <EmptyState icon={MailX} title={t('emailsEmpty')} />
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="email-log">
              {page.items.map((m) => (
                <li key={m.id} className="space-y-1 py-3 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium text-slate-900">{m.subject}</span>
                    <Badge tone={TONE[m.status]}>{t(`mailStatus.${m.status}`)}</Badge>
                  </div>
                  <p className="text-xs text-slate-500">
                    {m.toAddress} · {t('queuedAt')} <DateTime value={m.createdAt} />
                    {m.sentAt && (
                      <>
                        {' '}
                        · {t('sentAt')} <DateTime value={m.sentAt} />
                      </>
                    )}
                  </p>
                  {m.events[0]?.detail && (
                    <p className="font-mono text-xs break-all text-slate-500">
                      {t('answer')}: {m.events[0].detail}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {page.nextCursor && <LoadMore href={`/notifications/emails?cursor=${page.nextCursor}`} label={t('more')} />}
        </CardBody>
      </Card>
    </div>
  );
}
