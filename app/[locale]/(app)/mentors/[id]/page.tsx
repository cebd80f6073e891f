import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { minutesToTime, MENTORING_TIME_ZONE } from '@/lib/mentoring/policy';
import { findMentor, listFreeSlots, listMentorshipsAsMentee } from '@/lib/mentoring/queries';
import { toLocalInput } from '@/lib/mentoring/time';
import { formatRange } from '@/lib/format';
import { listOwnedProjects } from '@/lib/projects/queries';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { BookSessionForm, RequestMentorForm } from '@/components/mentoring/forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mentoring');
  return { title: t('mentors.title') };
}

export default async function MentorPage({ params }: PageProps<'/[locale]/mentors/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const mentor = await findMentor(id);
  if (!mentor) notFound();
  const [t, tp, owned, mentorships] = await Promise.all([
    getTranslations('mentoring'),
    getTranslations('projects'),
    listOwnedProjects(user),
    listMentorshipsAsMentee(user),
  ]);
  const withMentor = mentorships.filter((m) => m.mentor.id === id);
  const active = withMentor.filter((m) => m.status === 'ACTIVE');
  const open = new Set(withMentor.filter((m) => m.status !== 'DECLINED').map((m) => m.project.id));
  const requestable = owned.filter((p) => !open.has(p.id));
  const slots = active.length ? await listFreeSlots(id, 60) : [];
  const slotOptions = slots.slice(0, 40).map((s) => ({
    value: toLocalInput(s),
    // Office hours are set on the mentoring clock, and the page says so: the slots are shown on it too.
    label: formatRange(s, new Date(s.getTime() + 3_600_000), locale, MENTORING_TIME_ZONE),
  }));

  return (
    <>
      <PageHeader title={mentor.name} description={mentor.organization} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t('mentor.about')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            <p className="whitespace-pre-line text-sm text-slate-700">{mentor.mentorProfile?.offer || mentor.bio || t('mentors.noOffer')}</p>
            <div className="flex flex-wrap gap-1.5">
              {(mentor.mentorProfile?.expertise ?? []).map((e) => (
                <Badge key={e} tone="brand">
                  {e}
                </Badge>
              ))}
            </div>
            <div>
              <h3 className="text-sm font-medium text-slate-800">{t('hours.title')}</h3>
              {mentor.officeHours.length === 0 ? (
                <p className="text-sm text-slate-500">{t('hours.none')}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm text-slate-700">
                  {mentor.officeHours.map((h) => (
                    <li key={h.id}>
                      {t(`weekday.${h.weekday}`)} {minutesToTime(h.startMinute)}–{minutesToTime(h.endMinute)}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-1 text-xs text-slate-500">{t('hours.timeZone')}</p>
            </div>
          </CardBody>
        </Card>
        <div className="space-y-6">
          {withMentor.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>{t('mentor.yourProjects')}</CardTitle>
              </CardHeader>
              <CardBody>
                <ul className="space-y-2 text-sm">
                  {withMentor.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/projects/${m.project.id}/manage`} className="font-medium text-brand-700 underline">
                        {m.project.name}
                      </Link>
                      <Badge tone={m.status === 'ACTIVE' ? 'success' : m.status === 'DECLINED' ? 'danger' : 'warning'}>{tp(`mentorshipStatus.${m.status}`)}</Badge>
                    </li>
                  ))}
                </ul>
              </CardBody>
            </Card>
          )}
          {active.map((m) => (
            <Card key={m.id}>
              <CardHeader>
                <CardTitle>{t('book.title', { project: m.project.name })}</CardTitle>
              </CardHeader>
              <CardBody>
                <BookSessionForm mentorshipId={m.id} slots={slotOptions} />
              </CardBody>
            </Card>
          ))}
          {id !== user.id && (
            <Card>
              <CardHeader>
                <CardTitle>{t('request.title')}</CardTitle>
              </CardHeader>
              <CardBody>
                {owned.length === 0 ? (
                  <p className="text-sm text-slate-500">{t('request.noProjects')}</p>
                ) : requestable.length === 0 ? (
                  <p className="text-sm text-slate-500">{t('request.allAsked')}</p>
                ) : (
                  <RequestMentorForm mentorId={id} projects={requestable} />
                )}
              </CardBody>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
