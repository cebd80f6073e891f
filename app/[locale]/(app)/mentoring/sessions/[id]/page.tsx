import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalendarCheck2, Download, MapPin, Video } from 'lucide-react';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { cancelSessionAction } from '@/lib/mentoring/actions';
import { canCancelSession, canReview } from '@/lib/mentoring/policy';
import { findMySession } from '@/lib/mentoring/queries';
import { formatRange, formatZone } from '@/lib/format';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { SessionRatingForm } from '@/components/mentoring/forms';
import { RatedNote } from '@/components/mentoring/stars';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mentoringBooking');
  return { title: t('sessionTitle') };
}

/** A session's confirmation: when, where (room or link), calendar file, reschedule, cancel. */
export default async function SessionPage({ params }: PageProps<'/[locale]/mentoring/sessions/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const s = await findMySession(user, id);
  if (!s) notFound();
  const [t, lang] = await Promise.all([getTranslations('mentoringBooking'), getLocale()]);
  const now = new Date();
  const mentee = s.mentorId !== user.id;
  const isLink = /^https?:\/\//.test(s.location);
  const upcoming = canCancelSession(s, now);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex items-start gap-3">
        <CalendarCheck2 className="mt-1 size-8 shrink-0 text-emerald-600" aria-hidden />
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{s.status === 'CANCELLED' ? t('cancelledTitle') : upcoming ? t('confirmedTitle') : t('sessionTitle')}</h1>
          <p className="mt-1 text-slate-600">{mentee ? t('withMentor', { name: s.mentor.name, project: s.mentorship.project.name }) : t('withProject', { project: s.mentorship.project.name })}</p>
        </div>
      </div>
      <Card>
        <CardBody className="space-y-3 text-sm">
          <p className="text-lg font-semibold text-slate-900" data-testid="session-time">
            {formatRange(s.startsAt, s.endsAt, lang)} {formatZone(lang)}
          </p>
          {s.status === 'CANCELLED' && <Badge tone="neutral">{t('cancelledBadge')}</Badge>}
          {s.topic && <p className="text-slate-700">{t('topicIs', { topic: s.topic })}</p>}
          <p className="flex items-start gap-2 text-slate-700">
            {isLink ? <Video className="mt-0.5 size-4 shrink-0" aria-hidden /> : <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden />}
            {s.location ? (
              isLink ? (
                <a href={s.location} className="break-all text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                  {t('joinLink')}: {s.location}
                </a>
              ) : (
                <span>{s.location}</span>
              )
            ) : (
              <span>{t('noLocation')}</span>
            )}
          </p>
        </CardBody>
      </Card>
      <div className="flex flex-wrap gap-3">
        {s.status === 'BOOKED' && (
          <Button asChild variant="outline">
            <a href={`data:text/calendar;charset=utf-8,${encodeURIComponent(s.ics)}`} download="mentoring.ics">
              <Download className="size-4" aria-hidden /> {t('addToCalendar')}
            </a>
          </Button>
        )}
        {upcoming && mentee && s.mentorship.status === 'ACTIVE' && (
          <Button asChild variant="outline">
            <Link href={`/mentoring/book/${s.mentorship.id}?reschedule=${s.id}`}>{t('reschedule')}</Link>
          </Button>
        )}
        {upcoming && (
          <ActionButton action={cancelSessionAction} fields={{ sessionId: s.id }} success={t('cancelledToast')} variant="ghost" confirm={t('cancelConfirm')}>
            {t('cancel')}
          </ActionButton>
        )}
        <Button asChild variant="ghost">
          <Link href="/mentoring">{t('back')}</Link>
        </Button>
      </div>
      {canReview(s, now) && mentee && (
        <Card>
          <CardBody>{s.rating ? <RatedNote rating={s.rating} feedback={s.feedback} /> : <SessionRatingForm sessionId={s.id} rating={null} feedback={null} />}</CardBody>
        </Card>
      )}
    </div>
  );
}
