import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Award, CalendarClock, ChevronLeft, MapPin, UserRound, Users } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatRange, formatZone } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { CoverHero } from '@/components/media/cover-hero';
import { RatingQrCard } from '@/components/ratings/rating-qr-card';
import { onSiteRatingUrl } from '@/lib/ratings/queries';
import { PersonalIslands, PersonalSlot } from '@/components/layout/personal-islands';
import { EventTakePart } from '@/components/events/event-take-part';
import { loadEventPersonal } from './personal';
import { findEvent } from '@/lib/events/queries';
import { DEFAULT_TIME_ZONE, seatsLeft } from '@/lib/events/policy';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { kindTone } from '@/components/events/event-card';

export async function generateMetadata({ params }: PageProps<'/[locale]/events/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const event = await findEvent(null, id);
  return { title: event?.title ?? '' };
}

// Served from the cache for everyone (lib/cache): rendered as a visitor sees it and dropped on
// every instance when the event or its registrations change.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export default async function EventPage({ params }: PageProps<'/[locale]/events/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await tagPage(TAGS.event(id));
  const event = await findEvent(null, id);
  if (!event) notFound();
  const [t, tm] = await Promise.all([getTranslations('events'), getTranslations('media')]);
  const islands = {
    takePart: (visitor: React.ReactNode) => <PersonalSlot name="takePart">{visitor}</PersonalSlot>,
    manage: <PersonalSlot name="manage" />,
  };
  const tz = event.space?.timeZone ?? DEFAULT_TIME_ZONE;
  const left = seatsLeft(event);

  // Three cells so a phone shows the facts, then the register button, then the long description;
  // on a wide screen the button sits in the right column beside both.
  return (
    <PersonalIslands load={loadEventPersonal.bind(null, event.id)} version={`${event.status}:${left}`}>
    <div className="grid content-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
      <article className="min-w-0 space-y-5 lg:col-span-2">
        <CoverHero imageKey={event.coverKey} alt={tm('eventCoverAlt', { name: event.title })} seed={event.title} />
        <header>
          <div className="mb-2 flex flex-wrap gap-1.5">
            <Badge tone={kindTone(event.kind)}>{t(`kind.${event.kind}`)}</Badge>
            <Badge>{t(`format.${event.format}`)}</Badge>
            {event.status !== 'PUBLISHED' && <Badge tone={event.status === 'CANCELLED' ? 'danger' : 'warning'}>{t(`status.${event.status}`)}</Badge>}
          </div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{event.title}</h1>
          {event.summary && <p className="mt-1 text-slate-600">{event.summary}</p>}
        </header>

        {event.status === 'CANCELLED' && (
          <Alert tone="error">
            <strong>{t('cancelledTitle')}</strong> {event.cancelReason && t('cancelledReason', { reason: event.cancelReason })}
          </Alert>
        )}
        {event.status === 'DRAFT' && <Alert tone="info">{t('draftHint')}</Alert>}

        <dl className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
          <Fact icon={<CalendarClock className="size-4" aria-hidden />} label={t('when')}>
            <span data-testid="event-when">{formatRange(event.startsAt, event.endsAt, locale, tz)}</span>
            <span className="block text-xs font-normal text-slate-500">{t('timeZoneNote', { tz: formatZone(locale, tz) })}</span>
          </Fact>
          <Fact icon={<MapPin className="size-4" aria-hidden />} label={t('where')}>
            {event.format === 'ONLINE' ? t('online') : event.space?.name}
            {(event.location || (event.format === 'ON_SITE' && event.space?.address)) && (
              <span className="block break-words text-xs font-normal text-slate-500">{[event.format === 'ON_SITE' ? event.space?.address : null, event.location].filter(Boolean).join(' · ')}</span>
            )}
          </Fact>
          <Fact icon={<Users className="size-4" aria-hidden />} label={t('seats')}>
            <span data-testid="seats-left" className={left === 0 ? 'text-red-700' : undefined}>
              {left === null ? t('seatsUnlimited') : left === 0 ? t('full') : t('seatsLeft', { n: left })}
            </span>
            {event.capacity !== null && <span className="block text-xs font-normal text-slate-500">{t('capacityOf', { n: event.capacity })}</span>}
          </Fact>
          <Fact icon={<UserRound className="size-4" aria-hidden />} label={t('organizer')}>
            {event.organizer.name}
          </Fact>
        </dl>

        {event.certification && (
          <p className="flex items-start gap-2 rounded-xl bg-brand-50 px-4 py-3 text-sm text-brand-800">
            <Award className="mt-0.5 size-4 shrink-0" aria-hidden /> {t('grantsCertification', { name: event.certification.name })}
          </p>
        )}
      </article>

      <aside className="space-y-4 lg:col-start-3 lg:row-span-2 lg:row-start-1">
        <Card aria-labelledby="take-part-title">
          <CardHeader>
            <CardTitle id="take-part-title">{t('takePart')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3">
            {islands.takePart(<EventTakePart event={event} user={null} waitlistEntry={null} />)}
          </CardBody>
        </Card>
            {islands.manage}
        <p className="px-1 text-xs text-slate-500">
          <Link href="/events" className="inline-flex items-center gap-1 hover:text-brand-700">
            <ChevronLeft className="size-3" aria-hidden /> {t('backToEvents')}
          </Link>
        </p>
        <RatingQrCard url={onSiteRatingUrl({ eventId: event.id }, locale)} />
      </aside>

      <Card className="min-w-0 self-start lg:col-span-2">
        <CardBody>{event.description ? <Markdown className="text-sm">{event.description}</Markdown> : <p className="text-sm text-slate-500">{t('noDescription')}</p>}</CardBody>
      </Card>
    </div>
    </PersonalIslands>
  );
}

function Fact({ icon, label, children }: { icon: React.ReactNode; label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="flex items-center gap-1 text-xs text-slate-500">
        {icon} {label}
      </dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}
