import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatRange, formatZone } from '@/lib/format';
import { RatedNote, Stars } from './stars';
import { cancelSessionAction } from '@/lib/mentoring/actions';
import { canCancelSession, canReview, MENTORING_TIME_ZONE } from '@/lib/mentoring/policy';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { isRateableSession } from '@/lib/ratings/policy';
import { SessionNoteForm, SessionRatingForm } from './forms';

export type SessionRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  status: 'BOOKED' | 'CANCELLED';
  mentorId: string;
  /** Who booked it: the mentee who may give it a service rating. */
  bookedById?: string | null;
  mentorNote: string | null;
  menteeNote: string | null;
  rating: number | null;
  feedback: string | null;
  mentorship: { mentor: { name: string }; project: { id: string; name: string } };
};

/** Sessions with what each side may do now: cancel before, notes and rating after. */
export async function SessionList({ sessions, viewerId, compact = false }: { sessions: SessionRow[]; viewerId: string; compact?: boolean }) {
  const [t, tr, locale] = await Promise.all([getTranslations('mentoring'), getTranslations('ratings'), getLocale()]);
  const now = new Date();
  if (sessions.length === 0) return <p className="text-sm text-slate-500">{t('sessions.none')}</p>;
  return (
    <ul className="space-y-3">
      {sessions.map((s) => {
        const mentorSide = s.mentorId === viewerId;
        return (
          <li key={s.id} className="rounded-xl border border-slate-200 p-3 text-sm" data-session={s.id}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/mentoring/sessions/${s.id}`} className="font-medium text-brand-700 underline">
                {formatRange(s.startsAt, s.endsAt, locale, MENTORING_TIME_ZONE)} {formatZone(locale, MENTORING_TIME_ZONE)}
              </Link>
              <Badge tone={s.status === 'CANCELLED' ? 'neutral' : s.endsAt <= now ? 'success' : 'brand'}>
                {s.status === 'CANCELLED' ? t('sessions.cancelled') : s.endsAt <= now ? t('sessions.past') : t('sessions.upcoming')}
              </Badge>
            </div>
            <p className="mt-1 text-slate-600">
              {mentorSide ? t('sessions.withProject', { project: s.mentorship.project.name }) : t('sessions.withMentor', { mentor: s.mentorship.mentor.name, project: s.mentorship.project.name })}
              {s.topic && ` · ${s.topic}`}
            </p>
            {!compact && canCancelSession(s, now) && (
              <div className="mt-2">
                <ActionButton action={cancelSessionAction} fields={{ sessionId: s.id }} success={t('sessions.cancelledToast')} variant="outline" confirm={t('sessions.cancelConfirm')}>
                  {t('sessions.cancel')}
                </ActionButton>
              </div>
            )}
            {!compact && canReview(s, now) && (
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                <SessionNoteForm sessionId={s.id} note={mentorSide ? s.mentorNote : s.menteeNote} />
                {!mentorSide && (s.rating ? <RatedNote rating={s.rating} feedback={s.feedback} /> : <SessionRatingForm sessionId={s.id} rating={null} feedback={null} />)}
                {s.bookedById === viewerId && isRateableSession(s, now) && (
                  <Link href={`/ratings/mentoring/${s.id}`} className="self-start font-medium text-brand-700 underline-offset-2 hover:underline">
                    {tr('rate')}
                  </Link>
                )}
                {mentorSide && s.rating && (
                  <p className="flex flex-wrap items-center gap-2 text-slate-600">
                    <Stars rating={s.rating} /> {s.feedback}
                  </p>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
