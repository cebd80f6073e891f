import { CalendarClock, MapPin, Users } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { formatRange } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import { DEFAULT_TIME_ZONE, seatsLeft } from '@/lib/events/policy';
import { Badge } from '@/components/ui/badge';
import { Picture } from '@/components/ui/picture';

export type EventCardData = {
  id: string;
  title: string;
  coverKey?: string | null;
  summary: string;
  kind: string;
  format: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  seatsTaken: number;
  status: string;
  space: { name: string; timeZone: string } | null;
};

export function kindTone(kind: string) {
  return kind === 'TRAINING' ? 'brand' : kind === 'DEMO_DAY' || kind === 'HACKATHON' ? 'warning' : 'success';
}

/** "剩 N 个名额", "名额不限" or "已满员". */
export function useSeatsText() {
  const t = useTranslations('events');
  return (e: Pick<EventCardData, 'capacity' | 'seatsTaken'>) => {
    const left = seatsLeft(e);
    return left === null ? t('seatsUnlimited') : left === 0 ? t('full') : t('seatsLeft', { n: left });
  };
}

/** `priority`: the list's first card, whose cover is the page's largest paint on a phone. */
export function EventCard({ event, note, priority = false }: { event: EventCardData; note?: string; priority?: boolean }) {
  const t = useTranslations('events');
  const tm = useTranslations('media');
  const locale = useLocale();
  const seatsText = useSeatsText();
  const tz = event.space?.timeZone ?? DEFAULT_TIME_ZONE;
  const left = seatsLeft(event);
  return (
    <li data-testid="event-card" className="flex min-w-0 flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white p-4 pt-0 shadow-sm transition hover:border-brand-300 hover:shadow">
      <Picture imageKey={event.coverKey} alt={tm('eventCoverAlt', { name: event.title })} seed={event.title} aspect="aspect-[2/1]" className="-mx-4 mb-3" priority={priority} />
      <div className="mb-2 flex flex-wrap items-center gap-1.5">
        <Badge tone={kindTone(event.kind)}>{t(`kind.${event.kind}`)}</Badge>
        <Badge>{t(`format.${event.format}`)}</Badge>
        {event.status === 'CANCELLED' && <Badge tone="danger">{t('status.CANCELLED')}</Badge>}
        {note && <Badge tone="success">{note}</Badge>}
      </div>
      <h2 className="text-base font-semibold leading-snug text-slate-900">
        <Link href={`/events/${event.id}`} className="hover:text-brand-700">
          {event.title}
        </Link>
      </h2>
      {event.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{event.summary}</p>}
      <dl className="mt-auto space-y-1.5 pt-3 text-sm text-slate-600">
        <div className="flex items-start gap-1.5">
          <CalendarClock className="mt-0.5 size-4 shrink-0" aria-hidden />
          <dt className="sr-only">{t('when')}</dt>
          <dd className="font-medium text-slate-900">{formatRange(event.startsAt, event.endsAt, locale, tz)}</dd>
        </div>
        <div className="flex min-w-0 items-start gap-1.5">
          <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden />
          <dt className="sr-only">{t('where')}</dt>
          <dd className="min-w-0 truncate">{event.format === 'ONLINE' ? t('online') : [event.space?.name, event.location].filter(Boolean).join(' · ')}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <Users className="size-4 shrink-0" aria-hidden />
          <dt className="sr-only">{t('seats')}</dt>
          <dd className={left === 0 ? 'font-medium text-red-700' : left !== null && left <= 5 ? 'font-medium text-amber-700' : undefined}>{seatsText(event)}</dd>
        </div>
      </dl>
    </li>
  );
}
