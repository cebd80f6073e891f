import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { projectPageHref } from '@/lib/projects/policy';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { endMentorshipAction, removeDayOffAction, removeOfficeHourAction, respondToMentorshipAction } from '@/lib/mentoring/actions';
import { minutesToTime } from '@/lib/mentoring/policy';
import { findMyMentorProfile, listDaysOff, listMentorshipsAsMentor, listMyMentors, listMySessions } from '@/lib/mentoring/queries';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DayOffForm, MentorProfileForm, OfficeHourForm } from '@/components/mentoring/forms';
import { MyMentors } from '@/components/mentoring/my-mentors';
import { SessionList } from '@/components/mentoring/session-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mentoring');
  return { title: t('page.title') };
}

export default async function MentoringPage({ params }: PageProps<'/[locale]/mentoring'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const isMentor = can(user, 'mentoring:offer');
  const [t, tp, tb, sessions, profile, mentees, myMentors, daysOff] = await Promise.all([
    getTranslations('mentoring'),
    getTranslations('projects'),
    getTranslations('mentoringBooking'),
    listMySessions(user),
    isMentor ? findMyMentorProfile(user) : null,
    isMentor ? listMentorshipsAsMentor(user) : [],
    listMyMentors(user),
    isMentor ? listDaysOff(user.id) : [],
  ]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href="/mentors">{t('page.browse')}</Link>
          </Button>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <MyMentors mentors={myMentors} />
        <Card aria-labelledby="sessions-title">
          <CardHeader>
            <CardTitle id="sessions-title">{t('sessions.title')}</CardTitle>
          </CardHeader>
          <CardBody>
            <SessionList sessions={sessions} viewerId={user.id} />
          </CardBody>
        </Card>
        {isMentor && (
          <Card aria-labelledby="mentees-title">
            <CardHeader>
              <div>
                <CardTitle id="mentees-title">{t('mentees.title')}</CardTitle>
                <CardDescription>{t('mentees.description')}</CardDescription>
              </div>
            </CardHeader>
            <CardBody>
              {mentees.length === 0 ? (
                <p className="text-sm text-slate-500">{t('mentees.none')}</p>
              ) : (
                <ul className="space-y-3">
                  {mentees.map((m) => (
                    <li key={m.id} className="rounded-xl border border-slate-200 p-3 text-sm" data-mentorship={m.id}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <Link href={projectPageHref(m.project)} className="font-medium text-brand-700 underline">
                          {m.project.name}
                        </Link>
                        <Badge tone={m.status === 'ACTIVE' ? 'success' : 'warning'}>{tp(`mentorshipStatus.${m.status}`)}</Badge>
                      </div>
                      {m.message && <p className="mt-1 whitespace-pre-line text-slate-600">“{m.message}” — {m.requestedBy?.name}</p>}
                      <div className="mt-2 flex flex-wrap gap-2">
                        {m.status === 'REQUESTED' && (
                          <>
                            <ActionButton action={respondToMentorshipAction} fields={{ mentorshipId: m.id, accept: 'yes' }} success={t('mentees.accepted')}>
                              {t('mentees.accept')}
                            </ActionButton>
                            <ActionButton action={respondToMentorshipAction} fields={{ mentorshipId: m.id, accept: 'no' }} success={t('mentees.declined')} variant="outline">
                              {t('mentees.decline')}
                            </ActionButton>
                          </>
                        )}
                        {m.status === 'ACTIVE' && (
                          <ActionButton action={endMentorshipAction} fields={{ mentorshipId: m.id }} success={t('mentees.ended')} variant="ghost" confirm={t('mentees.endConfirm')}>
                            {t('mentees.end')}
                          </ActionButton>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        )}
        {profile && (
          <>
            <Card aria-labelledby="profile-title">
              <CardHeader>
                <CardTitle id="profile-title">{t('profile.title')}</CardTitle>
              </CardHeader>
              <CardBody>
                <MentorProfileForm expertise={profile.mentorProfile?.expertise ?? []} offer={profile.mentorProfile?.offer ?? ''} />
              </CardBody>
            </Card>
            <Card aria-labelledby="hours-title">
              <CardHeader>
                <div>
                  <CardTitle id="hours-title">{t('hours.title')}</CardTitle>
                  <CardDescription>{t('hours.timeZone')}</CardDescription>
                </div>
              </CardHeader>
              <CardBody className="space-y-4">
                {profile.officeHours.length === 0 ? (
                  <p className="text-sm text-slate-500">{t('hours.none')}</p>
                ) : (
                  <ul className="divide-y divide-slate-100">
                    {profile.officeHours.map((h) => (
                      <li key={h.id} className="flex items-center justify-between py-2 text-sm">
                        <span>
                          {t(`weekday.${h.weekday}`)} {minutesToTime(h.startMinute)}–{minutesToTime(h.endMinute)}
                          {h.location && <span className="block text-xs text-slate-600">{h.location}</span>}
                        </span>
                        <ActionButton action={removeOfficeHourAction} fields={{ officeHourId: h.id }} success={t('hours.removed')} variant="ghost">
                          {t('hours.remove')}
                        </ActionButton>
                      </li>
                    ))}
                  </ul>
                )}
                <OfficeHourForm />
                <div className="space-y-2 border-t border-slate-100 pt-4">
                  {daysOff.length > 0 && (
                    <ul className="flex flex-wrap gap-2" aria-label={tb('daysOff')}>
                      {daysOff.map((d) => (
                        <li key={d} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm">
                          {d}
                          <ActionButton action={removeDayOffAction} fields={{ day: d }} success={tb('dayOffRemoved')} variant="ghost">
                            {tb('removeDayOff', { day: d })}
                          </ActionButton>
                        </li>
                      ))}
                    </ul>
                  )}
                  <DayOffForm />
                </div>
              </CardBody>
            </Card>
          </>
        )}
      </div>
    </div>
  );
}
