import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CalendarX } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { findCalendarFeedToken, listMyBookings } from '@/lib/bookings/queries';
import { bookingListSchema } from '@/lib/bookings/schemas';
import { canCancel, canCheckIn } from '@/lib/bookings/policy';
import { createCalendarFeedAction } from '@/lib/bookings/actions';
import { isRateableBooking } from '@/lib/ratings/policy';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { MyBookingRow } from '@/components/bookings/my-booking-row';
import { cn } from '@/components/ui/cn';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('bookings');
  return { title: t('mine') };
}

export default async function MyBookingsPage({ params, searchParams }: PageProps<'/[locale]/bookings/mine'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const query = bookingListSchema.parse(await searchParams);
  const now = new Date();
  const [page, token] = await Promise.all([listMyBookings(user, query, now), findCalendarFeedToken(user)]);
  const t = await getTranslations('bookings');
  const td = await getTranslations('deskPick');
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('mine')}
        description={t('mineDescription')}
        actions={
          <Button asChild>
            <Link href="/bookings">{t('bookSomething')}</Link>
          </Button>
        }
      />
      <nav className="flex gap-2" aria-label={t('mine')}>
        {(['upcoming', 'past'] as const).map((s) => (
          <Link
            key={s}
            href={`/bookings/mine?scope=${s}`}
            aria-current={query.scope === s ? 'page' : undefined}
            className={cn('rounded-full px-4 py-1.5 text-sm font-medium', query.scope === s ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200')}
          >
            {s === 'past' ? td('scopePast') : t(`scope.${s}`)}
          </Link>
        ))}
      </nav>
      <Card>
        <CardBody>
          {page.items.length === 0 ? (
            <EmptyState icon={CalendarX} title={query.scope === 'past' ? td('emptyPast') : t(`empty.${query.scope}`)} description={t('emptyBody')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {page.items.map((b) => (
                <MyBookingRow
                  key={b.id}
                  b={{
                    id: b.id,
                    status: b.status,
                    startsAt: b.startsAt.toISOString(),
                    endsAt: b.endsAt.toISOString(),
                    note: b.note,
                    cancelReason: b.cancelReason,
                    decisionReason: b.decisionReason,
                    resourceName: b.resource.name,
                    kind: b.resource.kind,
                    zone: b.resource.zone,
                    spaceName: b.resource.space.name,
                    timeZone: b.resource.space.timeZone,
                    canCancel: canCancel(b, { id: user.id, roles: [] }, now),
                    canCheckIn: canCheckIn(b, user, now),
                    canRate: isRateableBooking(b),
                  }}
                />
              ))}
            </ul>
          )}
          {page.nextCursor && (
            <div className="mt-4 text-center">
              <Button asChild variant="outline" size="sm">
                <Link href={`/bookings/mine?scope=${query.scope}&cursor=${page.nextCursor}`}>{t('more')}</Link>
              </Button>
            </div>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardBody className="space-y-2">
          <h2 className="font-semibold">{t('feedTitle')}</h2>
          <p className="text-sm text-slate-600">{t('feedDescription')}</p>
          {token ? (
            <Input readOnly value={`${origin}/api/calendar/${token}.ics`} aria-label={t('feedTitle')} className="font-mono text-xs" />
          ) : (
            <form action={createCalendarFeedAction}>
              <Button type="submit" variant="outline" size="sm">
                {t('feedCreate')}
              </Button>
            </form>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
