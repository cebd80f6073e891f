import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { findMentorshipToBook, findMySession, listOpenSlots } from '@/lib/mentoring/queries';
import { toLocalInput } from '@/lib/mentoring/time';
import { textParam } from '@/lib/validation';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SlotPicker } from '@/components/mentoring/slot-picker';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mentoringBooking');
  return { title: t('title') };
}

const MINUTES = 60;
const searchSchema = z.object({ reschedule: textParam(64) });

export default async function BookMentorPage({ params, searchParams }: PageProps<'/[locale]/mentoring/book/[mentorshipId]'>) {
  const { locale, mentorshipId } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const mentorship = await findMentorshipToBook(user, mentorshipId);
  if (!mentorship) notFound();
  const { reschedule } = searchSchema.parse(await searchParams);
  const moving = reschedule ? await findMySession(user, reschedule) : null;
  const sessionId = moving && moving.mentorship.id === mentorship.id && moving.status === 'BOOKED' ? moving.id : undefined;
  const [t, slots] = await Promise.all([getTranslations('mentoringBooking'), listOpenSlots(mentorship.mentorId, MINUTES, new Date(), sessionId)]);
  return (
    <>
      <PageHeader
        title={sessionId ? t('moveTitle', { name: mentorship.mentor.name }) : t('bookTitle', { name: mentorship.mentor.name })}
        description={t('lead', { project: mentorship.project.name, minutes: MINUTES })}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href="/mentoring">{t('back')}</Link>
          </Button>
        }
      />
      <Card>
        <CardBody>
          <SlotPicker
            mentorshipId={mentorship.id}
            sessionId={sessionId}
            minutes={MINUTES}
            slots={slots.map((s) => ({ value: toLocalInput(s.startsAt), startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), location: s.location }))}
          />
        </CardBody>
      </Card>
    </>
  );
}
