import { CalendarDays } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Actor } from '@/lib/auth/permissions';
import { countMyUpcoming } from '@/lib/bookings/queries';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** The dashboard's "My bookings" card: how many are coming and the next one. */
export async function MyBookingsSummary({ user }: { user: Actor }) {
  const t = await getTranslations('dashboard.bookings');
  const locale = await getLocale();
  const { count, next } = await countMyUpcoming(user);
  return (
    <Card aria-labelledby="bookings-title" data-section="bookings">
      <CardHeader>
        <div>
          <CardTitle id="bookings-title">{t('title')}</CardTitle>
          <CardDescription>{t('description')}</CardDescription>
        </div>
        <Badge tone={count ? 'brand' : 'neutral'}>{t('count', { n: count })}</Badge>
      </CardHeader>
      <CardBody>
        {next ? (
          <div className="space-y-3">
            <p className="text-sm">
              {t('next', {
                name: next.resource.name,
                when: formatDateTime(next.startsAt, locale, next.resource.space.timeZone),
              })}
            </p>
            <Button asChild size="sm" variant="secondary">
              <Link href="/bookings/mine">{t('open')}</Link>
            </Button>
          </div>
        ) : (
          <EmptyState
            icon={CalendarDays}
            title={t('none')}
            action={
              <Button asChild size="sm">
                <Link href="/bookings">{t('book')}</Link>
              </Button>
            }
          />
        )}
      </CardBody>
    </Card>
  );
}
