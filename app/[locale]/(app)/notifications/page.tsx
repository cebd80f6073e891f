import type { Metadata } from 'next';
import { BellOff } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { markNotificationReadAction, markNotificationsReadAction } from '@/lib/notifications/actions';
import { countUnread, listNotificationsPage } from '@/lib/notifications/queries';
import { notificationListSchema } from '@/lib/notifications/schemas';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { DateTime } from '@/components/campaigns/date-time';
import { NotificationText } from '@/components/notifications/notification-text';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default async function NotificationsPage({ params, searchParams }: PageProps<'/[locale]/notifications'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const query = notificationListSchema.parse(await searchParams);
  const [page, unread] = await Promise.all([listNotificationsPage(user, query), countUnread(user)]);
  const t = await getTranslations('notifications');
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={
          <>
            <Button asChild variant="outline" size="sm">
              <Link href="/notifications/preferences">{t('preferencesLink')}</Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href="/notifications/emails">{t('emailsLink')}</Link>
            </Button>
          </>
        }
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav className="flex gap-2" aria-label={t('title')}>
          {([false, true] as const).map((u) => (
            <Link
              key={String(u)}
              href={u ? '/notifications?unread=1' : '/notifications'}
              aria-current={query.unread === u ? 'page' : undefined}
              className={cn('rounded-full px-4 py-1.5 text-sm font-medium', query.unread === u ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200')}
            >
              {u ? `${t('unreadOnly')} (${unread})` : t('all')}
            </Link>
          ))}
        </nav>
        {unread > 0 && (
          <ActionButton action={markNotificationsReadAction} fields={{}} success={t('markedRead')} variant="outline" data-testid="mark-all-read">
            {t('markAllRead')}
          </ActionButton>
        )}
      </div>
      <Card>
        <CardBody>
          {page.items.length === 0 ? (
            <EmptyState icon={BellOff} title={t('empty')} />
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="notification-list">
              {page.items.map((n) => (
                <li key={n.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm" data-unread={n.readAt ? undefined : 'true'}>
                  <div className="min-w-0 flex-1">
                    <p className={n.readAt ? 'text-slate-600' : 'font-medium text-slate-900'}>
                      {!n.readAt && <span className="sr-only">{t('unread')}: </span>}
                      <NotificationText kind={n.kind} data={n.data} />
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      <DateTime value={n.createdAt} />
                    </p>
                  </div>
                  <div className="flex shrink-0 items-center gap-2">
                    {n.link && (
                      <Button asChild variant="ghost" size="sm">
                        <Link href={n.link}>{t('open')}</Link>
                      </Button>
                    )}
                    {!n.readAt && (
                      <ActionButton action={markNotificationReadAction} fields={{ id: n.id }} success={t('markedRead')} variant="ghost">
                        {t('markRead')}
                      </ActionButton>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {page.nextCursor && <LoadMore href={`/notifications?${query.unread ? 'unread=1&' : ''}cursor=${page.nextCursor}`} label={t('more')} />}
        </CardBody>
      </Card>
    </div>
  );
}
