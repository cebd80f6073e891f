import { CalendarPlus, GraduationCap } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

type Mentor = { id: string; mentor: { id: string; name: string; organization: string | null; mentorProfile: { expertise: string[] } | null }; project: { id: string; name: string } };

/** "我的导师": the mentors of my projects, each with a way to book a session. */
export function MyMentors({ mentors }: { mentors: Mentor[] }) {
  const t = useTranslations('mentoringBooking');
  return (
    <Card aria-labelledby="my-mentors-title">
      <CardHeader>
        <CardTitle id="my-mentors-title">{t('myMentors')}</CardTitle>
      </CardHeader>
      <CardBody>
        {mentors.length === 0 ? (
          <EmptyState
            icon={GraduationCap}
            title={t('noMentors')}
            description={t('noMentorsBody')}
            action={
              <Button asChild size="sm" variant="outline">
                <Link href="/mentors">{t('findMentor')}</Link>
              </Button>
            }
          />
        ) : (
          <ul className="space-y-3">
            {mentors.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 p-3 text-sm">
                <div className="min-w-0">
                  <Link href={`/mentors/${m.mentor.id}`} className="font-medium text-brand-700 underline">
                    {m.mentor.name}
                  </Link>
                  {m.mentor.organization && <span className="text-slate-600"> · {m.mentor.organization}</span>}
                  <p className="text-xs text-slate-600">{t('forProject', { project: m.project.name })}</p>
                  {m.mentor.mentorProfile && m.mentor.mentorProfile.expertise.length > 0 && <p className="text-xs text-slate-600">{m.mentor.mentorProfile.expertise.slice(0, 4).join('、')}</p>}
                </div>
                <Button asChild size="sm">
                  <Link href={`/mentoring/book/${m.id}`} aria-label={t('bookWith', { name: m.mentor.name })}>
                    <CalendarPlus className="size-4" aria-hidden /> {t('book')}
                  </Link>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
