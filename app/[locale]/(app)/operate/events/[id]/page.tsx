import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExternalLink, Users } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findEventForOperator, listEventFormOptions } from '@/lib/events/queries';
import { listEventWaitlist } from '@/lib/events/waitlist-queries';
import { canCancelEvent, canMarkAttendance, canPublish, DEFAULT_TIME_ZONE, eventDayStart, isEditable } from '@/lib/events/policy';
import { markAttendanceAction, publishEventAction } from '@/lib/events/actions';
import { toLocalIso } from '@/lib/bookings/time';
import { formatDateTime, formatRange } from '@/lib/format';
import { Alert } from '@/components/ui/alert';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { EventForm } from '@/components/events/event-form';
import { CancelEventDialog } from '@/components/events/cancel-event-dialog';
import { PicturesCard } from '@/components/media/pictures-card';

export async function generateMetadata({ params }: PageProps<'/[locale]/operate/events/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const operator = await requirePagePermission('event:manage');
  const event = await findEventForOperator(operator, id);
  return { title: event?.title ?? '' };
}

export default async function OperateEventPage({ params }: PageProps<'/[locale]/operate/events/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('event:manage');
  const [event, options, waitlist] = await Promise.all([findEventForOperator(operator, id), listEventFormOptions(operator), listEventWaitlist(operator, id)]);
  if (!event) notFound();
  const [t, te, tw, tm] = await Promise.all([getTranslations('events.operate'), getTranslations('events'), getTranslations('waitlist'), getTranslations('media')]);
  const now = new Date();
  const tz = event.space?.timeZone ?? DEFAULT_TIME_ZONE;
  const localValue = (d: Date) => toLocalIso(d, tz).slice(0, 16);
  const active = event.registrations.filter((r) => r.status !== 'CANCELLED');
  const attendanceOpen = now >= eventDayStart(event.startsAt, tz);

  return (
    <div>
      <PageHeader
        title={event.title}
        description={`${formatRange(event.startsAt, event.endsAt, locale, tz, now)} · ${te(`status.${event.status}`)}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {canPublish(event, now) && (
              <ActionButton action={publishEventAction} fields={{ eventId: event.id }} success={t('published')} size="md">
                {t('publish')}
              </ActionButton>
            )}
            {canCancelEvent(event, now) && <CancelEventDialog eventId={event.id} title={event.title} />}
            {/* A draft has no public page yet (it answers 404 until published). */}
            {event.status !== 'DRAFT' && (
              <Link href={`/events/${event.id}`} className="inline-flex h-10 items-center gap-1 rounded-lg px-3 text-sm font-medium text-brand-700 hover:bg-brand-50">
                <ExternalLink className="size-4" aria-hidden /> {t('viewPublic')}
              </Link>
            )}
          </div>
        }
      />
      {event.status === 'CANCELLED' && (
        <Alert tone="error" className="mb-6">
          {te('cancelledTitle')} {event.cancelReason && te('cancelledReason', { reason: event.cancelReason })}
        </Alert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
        <Card aria-labelledby="registrations-title" className="min-w-0">
          <CardHeader>
            <div>
              <CardTitle id="registrations-title">{t('registrations')}</CardTitle>
              <CardDescription>{attendanceOpen ? t('attendanceHint') : t('attendanceOpensHint')}</CardDescription>
            </div>
            <Badge tone="brand">{event.capacity === null ? t('registeredUnlimited', { n: active.length }) : t('registeredOf', { n: active.length, capacity: event.capacity })}</Badge>
            <ExportButtons table="registrations" params={{ eventId: event.id }} className="w-full" />
          </CardHeader>
          <CardBody>
            {event.registrations.length === 0 ? (
              <EmptyState icon={Users} title={t('noRegistrations')} />
            ) : (
              <ul className="divide-y divide-slate-100">
                {event.registrations.map((r) => (
                  <li key={r.id} data-testid="registration" className="flex flex-wrap items-center gap-2 py-2.5">
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium text-slate-900">{r.user.name}</p>
                      <p className="truncate text-xs text-slate-500">{[r.user.organization, r.user.email].filter(Boolean).join(' · ')}</p>
                    </div>
                    <Badge tone={r.status === 'ATTENDED' ? 'success' : r.status === 'CANCELLED' ? 'neutral' : 'brand'}>{te(`registrationStatus.${r.status}`)}</Badge>
                    {canMarkAttendance(event, r, tz, now) && (
                      <ActionButton action={markAttendanceAction} fields={{ registrationId: r.id }} success={t('attendedMarked', { name: r.user.name })} variant="secondary" aria-label={t('markAttendedLabel', { name: r.user.name })}>
                        {t('markAttended')}
                      </ActionButton>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        {waitlist.length > 0 && (
          <Card aria-labelledby="waitlist-title" className="min-w-0 lg:col-start-1">
            <CardHeader>
              <CardTitle id="waitlist-title">{tw('operatorTitle')}</CardTitle>
              <Badge tone="brand">{tw('operatorCount', { n: waitlist.filter((w) => w.status === 'WAITING').length })}</Badge>
            </CardHeader>
            <CardBody>
              <ol className="divide-y divide-slate-100">
                {waitlist.map((w) => (
                  <li key={w.id} data-testid="waitlist-entry" className="flex flex-wrap items-center gap-2 py-2.5">
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium text-slate-900">{w.user.name}</p>
                      <p className="truncate text-xs text-slate-500">
                        {w.user.email} · {tw('joinedAt', { at: formatDateTime(w.createdAt, locale, tz, now) })}
                      </p>
                    </div>
                    <Badge tone={w.status === 'OFFERED' ? 'success' : w.status === 'WAITING' ? 'brand' : 'neutral'}>{tw(`status.${w.status}`)}</Badge>
                    {w.status === 'OFFERED' && w.offerExpiresAt && <span className="text-xs text-slate-500">{tw('operatorOfferedUntil', { until: formatDateTime(w.offerExpiresAt, locale, tz, now) })}</span>}
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
        )}
        <Card aria-labelledby="edit-title" className="lg:col-start-2 lg:row-start-1 lg:row-span-2">
          <CardHeader>
            <CardTitle id="edit-title">{t('edit')}</CardTitle>
          </CardHeader>
          <CardBody>
            {isEditable(event, now) ? (
              <EventForm
                spaces={options.spaces}
                certifications={options.certifications}
                initial={{
                  eventId: event.id,
                  title: event.title,
                  summary: event.summary,
                  description: event.description,
                  kind: event.kind,
                  format: event.format,
                  spaceId: event.spaceId ?? '',
                  location: event.location,
                  startsAt: localValue(event.startsAt),
                  endsAt: localValue(event.endsAt),
                  capacity: event.capacity === null ? '' : String(event.capacity),
                  certificationId: event.certificationId ?? '',
                }}
              />
            ) : (
              <p className="text-sm text-slate-500">{t('notEditable')}</p>
            )}
          </CardBody>
        </Card>
      </div>
      <div className="mt-6 max-w-2xl">
        <PicturesCard slot="eventCover" subjectId={event.id} name={event.title} imageKey={event.coverKey} label={tm('eventCover')} aspect="aspect-[2/1]" intro={tm('picturesIntro')} />
      </div>
    </div>
  );
}
