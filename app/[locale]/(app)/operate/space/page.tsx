import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getSpaceForOperator } from '@/lib/bookings/queries';
import type { OpeningHours } from '@/lib/bookings/time';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ClosureForm, DeleteClosureButton, OpeningHoursForm, TaskRulesForm } from '@/components/operate/space-forms';
import { BookingRemindersForm } from '@/components/reminders/booking-reminders-form';
import { RatingSettingsForm } from '@/components/ratings/rating-settings-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('operate');
  return { title: t('navSpace') };
}

export default async function SpacePage({ params }: PageProps<'/[locale]/operate/space'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const space = await getSpaceForOperator(operator);
  if (!space) notFound();
  const [t, tr, trt] = await Promise.all([getTranslations('operate'), getTranslations('reminders'), getTranslations('ratings')]);
  return (
    <div>
      <PageHeader title={space.name} description={`${space.address} · ${space.timeZone}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{t('hoursTitle')}</CardTitle>
              <CardDescription>{t('hoursDescription', { tz: space.timeZone })}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <OpeningHoursForm spaceId={space.id} hours={space.openingHours as OpeningHours} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{t('closuresTitle')}</CardTitle>
              <CardDescription>{t('closuresDescription')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody className="space-y-4">
            {space.closures.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noClosures')}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {space.closures.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      {c.startDate.toISOString().slice(0, 10)} – {c.endDate.toISOString().slice(0, 10)} · {c.reason}
                    </span>
                    <DeleteClosureButton closureId={c.id} />
                  </li>
                ))}
              </ul>
            )}
            <ClosureForm spaceId={space.id} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{tr('title')}</CardTitle>
              <CardDescription>{tr('description')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <BookingRemindersForm spaceId={space.id} hours={space.bookingReminderHours} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <div>
              <CardTitle>{trt('settingsTitle')}</CardTitle>
              <CardDescription>{trt('settingsDescription')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <RatingSettingsForm spaceId={space.id} workingDays={space.ratingCaseWorkingDays} minimum={space.ratingPublicMinimum} />
          </CardBody>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <div>
              <CardTitle>{t('taskRulesTitle')}</CardTitle>
              <CardDescription>{t('taskRulesDescription')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <TaskRulesForm
              spaceId={space.id}
              rules={{ taskMaxBountyFen: space.taskMaxBountyFen, taskMaxPoints: space.taskMaxPoints, taskApprovalPointsAbove: space.taskApprovalPointsAbove, taskMonthlyPointsCap: space.taskMonthlyPointsCap }}
            />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
