import { GraduationCap } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { projectPageHref } from '@/lib/projects/policy';
import type { SessionUser } from '@/lib/users/queries';
import { respondToMentorshipAction } from '@/lib/mentoring/actions';
import { listMentorshipsAsMentor, listMySessions } from '@/lib/mentoring/queries';
import { countProposalsToEvaluate } from '@/lib/participation/queries';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SessionList } from '@/components/mentoring/session-list';

/** The mentor's part of the dashboard: proposals to evaluate, requests, mentees, upcoming sessions. */
export async function MentorDashboard({ user }: { user: SessionUser }) {
  const [t, td, mentorships, sessions, toEvaluate] = await Promise.all([
    getTranslations('mentoring'),
    getTranslations('dashboard'),
    listMentorshipsAsMentor(user),
    listMySessions(user, { upcomingOnly: true }),
    countProposalsToEvaluate(user),
  ]);
  const evaluate = toEvaluate > 0 && <ProposalsToEvaluate n={toEvaluate} />;
  const requests = mentorships.filter((m) => m.status === 'REQUESTED');
  const mentees = mentorships.filter((m) => m.status === 'ACTIVE');
  const mine = sessions.filter((s) => s.mentorId === user.id).slice(0, 5);
  if (mentorships.length === 0 && mine.length === 0) {
    return (
      <div className="space-y-5">
        {evaluate}
        <EmptyState
          icon={GraduationCap}
          title={td('mentor.emptyTitle')}
          description={td('mentor.emptyBody')}
          action={
            <Button asChild variant="secondary">
              <Link href="/mentoring">{t('dashboard.setUp')}</Link>
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <div className="space-y-5">
      {evaluate}
      {requests.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('dashboard.requests', { n: requests.length })}</h3>
          <ul className="space-y-2">
            {requests.map((m) => (
              <li key={m.id} className="rounded-xl border border-amber-200 bg-amber-50/50 p-3 text-sm" data-mentorship={m.id}>
                <p className="font-medium">{m.project.name}</p>
                {m.message && <p className="mt-1 text-slate-600">“{m.message}”</p>}
                <div className="mt-2 flex gap-2">
                  <ActionButton action={respondToMentorshipAction} fields={{ mentorshipId: m.id, accept: 'yes' }} success={t('mentees.accepted')}>
                    {t('mentees.accept')}
                  </ActionButton>
                  <ActionButton action={respondToMentorshipAction} fields={{ mentorshipId: m.id, accept: 'no' }} success={t('mentees.declined')} variant="outline">
                    {t('mentees.decline')}
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('mentees.title')}</h3>
        {mentees.length === 0 ? (
          <p className="text-sm text-slate-500">{t('mentees.none')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {mentees.map((m) => (
              <li key={m.id}>
                <Link href={projectPageHref(m.project)} className="inline-flex rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-700 hover:bg-brand-100">
                  {m.project.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('dashboard.upcoming')}</h3>
        <SessionList sessions={mine} viewerId={user.id} compact />
      </div>
      <Button asChild size="sm" variant="outline">
        <Link href="/mentoring">{t('dashboard.open')}</Link>
      </Button>
    </div>
  );
}

/** Proposals an operator named this mentor evaluator of, still waiting for an answer. */
async function ProposalsToEvaluate({ n }: { n: number }) {
  const t = await getTranslations('proposalEvaluation');
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-brand-200 bg-brand-50/50 p-3">
      <h3 className="text-sm font-semibold text-slate-800">{t('dashboardTitle', { n })}</h3>
      <Button asChild size="sm">
        <Link href="/mentoring/proposals">{t('dashboardOpen')}</Link>
      </Button>
    </div>
  );
}
