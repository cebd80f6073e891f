import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EyeOff, ListChecks } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { findMemberContributions } from '@/lib/points/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { BadgeList } from '@/components/points/badge-list';
import { SelfHiddenBadge } from '@/components/points/self-hidden-badge';

// Served from the cache for everyone (lib/cache): rendered as a visitor sees it, and dropped on
// every instance when the member's points, completed tasks, profile or consent change.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/members/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const found = await findMemberContributions(null, id);
  return { title: found?.member.name ?? '' };
}

export default async function MemberPage({ params }: PageProps<'/[locale]/members/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await findMemberContributions(null, id);
  if (!found) notFound();
  const [t, tt, tz] = await Promise.all([getTranslations('points'), getTranslations('tasks'), findDefaultTimeZone(), tagPage(TAGS.member(id), ...found.completed.map((a) => TAGS.task(a.task.id)))]);
  const { member } = found;
  return (
    <div className="mx-auto w-full max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <header className="flex items-center gap-4">
        <Avatar name={member.name} imageKey={found.hidden ? null : found.member.avatarKey} size="xl" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-slate-900">{member.name}</h1>
          {!found.hidden && found.member.organization && <p className="text-slate-600">{found.member.organization}</p>}
          {member.hideFromLeaderboards && (
            // Its room is kept for everyone, so the member's own badge shifts nothing.
            <div className="mt-1 h-6">
              <SelfHiddenBadge memberId={member.id}>
                <Badge>
                  <EyeOff className="size-3" aria-hidden /> {t('hiddenSelf')}
                </Badge>
              </SelfHiddenBadge>
            </div>
          )}
        </div>
      </header>
      {found.hidden ? (
        <EmptyState icon={EyeOff} title={t('hiddenTitle')} description={t('hiddenBody')} />
      ) : (
        <>
          {!found.member.hideFromLeaderboards && found.member.skills.length > 0 && (
            <p className="flex flex-wrap gap-1.5">
              {found.member.skills.map((s) => (
                <Badge key={s}>{s}</Badge>
              ))}
            </p>
          )}
          <dl className="grid grid-cols-3 gap-2 text-center">
            {[
              [t('balance'), found.summary.balance, 'member-points'],
              [t('thisMonth'), found.summary.monthPoints, 'member-month'],
              [t('tasksDone'), found.summary.completedTasks, 'member-tasks'],
            ].map(([label, value, testId]) => (
              <div key={testId} className="rounded-2xl border border-slate-200 bg-white px-2 py-4 shadow-sm">
                <dd className="text-2xl font-bold text-slate-900" data-testid={testId}>
                  {value}
                </dd>
                <dt className="text-xs text-slate-500">{label}</dt>
              </div>
            ))}
          </dl>
          <Card aria-labelledby="badges-title">
            <CardHeader>
              <CardTitle id="badges-title">{t('badges')}</CardTitle>
            </CardHeader>
            <CardBody>
              <BadgeList badges={found.summary.badges} />
            </CardBody>
          </Card>
          <Card aria-labelledby="completed-title">
            <CardHeader>
              <CardTitle id="completed-title">{t('completedTasks')}</CardTitle>
            </CardHeader>
            <CardBody>
              {found.completed.length === 0 ? (
                <EmptyState icon={ListChecks} title={t('noCompleted')} />
              ) : (
                <ul className="divide-y divide-slate-100">
                  {found.completed.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center gap-2 py-3">
                      <div className="min-w-0 flex-1">
                        <Link href={`/tasks/${a.task.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                          {a.task.title}
                        </Link>
                        <p className="text-xs text-slate-500">
                          {tt(`category.${a.task.category}`)} · {a.task.project?.name ?? (a.task.partnerName || tt('forSpace'))}
                          {a.completedAt && ` · ${formatDay(a.completedAt, locale, tz)}`}
                        </p>
                      </div>
                      {a.task.rewardPoints > 0 && <Badge tone="success">+{a.task.rewardPoints}</Badge>}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </>
      )}
    </div>
  );
}
