import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalendarClock, Coins, ExternalLink, MapPin, Users } from 'lucide-react';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { findTask, findTaskRules } from '@/lib/tasks/queries';
import { canApprove, canCancel, canPublish, isRecruiting, needsApproval } from '@/lib/tasks/policy';
import { cancelTaskAction, claimAction, decideApplicationAction, publishTaskAction } from '@/lib/tasks/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { ActionButton } from '@/components/ui/action-button';
import { statusTone } from '@/components/tasks/task-card';
import { Markdown } from '@/components/ui/markdown';
import { ApplyForm, DisputeForm, ResolveDisputeForm, ReviewForm, SubmitWorkForm } from '@/components/tasks/task-work-forms';
import { SubmissionView } from '@/components/tasks/submission-view';
import { ApprovalButtons } from '@/components/tasks/approval-buttons';

export async function generateMetadata({ params }: PageProps<'/[locale]/tasks/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const task = await findTask(await getCurrentUser(), id);
  return { title: task?.title ?? '' };
}

export default async function TaskPage({ params }: PageProps<'/[locale]/tasks/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const task = await findTask(user, id);
  if (!task) notFound();
  const operator = task.operator;
  const [t, format] = await Promise.all([getTranslations('tasks'), getFormatter()]);
  const now = new Date();
  const money = (fen: number) => format.number(fen / 100, { style: 'currency', currency: 'CNY' });
  const recruiting = isRecruiting(task, now);
  const owner = task.project?.name ?? (task.partnerName || t('forSpace'));
  const latest = task.myAssignment?.submissions[0];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <article className="space-y-5 lg:col-span-2">
        <header>
          <div className="mb-2 flex flex-wrap gap-1.5">
            <Badge tone={statusTone(task.status)}>{t(`status.${task.status}`)}</Badge>
            <Badge tone="brand">{t(`category.${task.category}`)}</Badge>
            <Badge>{t(`location.${task.location}`)}</Badge>
            <Badge>{t(`mode.${task.mode}`)}</Badge>
          </div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{task.title}</h1>
          <p className="mt-1 text-slate-600">
            {task.project ? owner : t('postedFor', { name: owner })} · {t('postedBy', { name: task.postedBy.name })}
          </p>
        </header>

        <dl className="grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-4">
          <Fact icon={<Coins className="size-4 text-accent-500" aria-hidden />} label={t('reward')}>
            {[task.rewardPoints > 0 ? t('points', { n: task.rewardPoints }) : null, task.bountyFen > 0 ? money(task.bountyFen) : null].filter(Boolean).join(' + ')}
          </Fact>
          <Fact icon={<Users className="size-4" aria-hidden />} label={t('slots')}>
            {t('slotsLeft', { left: task.slots - task.filledSlots, total: task.slots })}
          </Fact>
          <Fact icon={<CalendarClock className="size-4" aria-hidden />} label={t('deadline')}>
            {format.dateTime(task.deadline, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })}
          </Fact>
          <Fact icon={<MapPin className="size-4" aria-hidden />} label={t('form.location')}>
            {t(`location.${task.location}`)}
          </Fact>
        </dl>

        {task.skills.length > 0 && (
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-slate-500">{t('requiredSkills')}</span>
            {task.skills.map((s) => (
              <Badge key={s}>{s}</Badge>
            ))}
          </p>
        )}
        <Card>
          <CardBody>{task.description ? <Markdown className="text-sm">{task.description}</Markdown> : <p className="text-sm text-slate-500">{t('noDescription')}</p>}</CardBody>
        </Card>

        {task.isPoster && (
          <Card aria-labelledby="applicants-title">
            <CardHeader>
              <CardTitle id="applicants-title">{t('applicants')}</CardTitle>
            </CardHeader>
            <CardBody>
              {task.applications.length === 0 ? (
                <p className="text-sm text-slate-500">{t('noApplicants')}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {task.applications.map((a) => (
                    <li key={a.id} data-testid="applicant" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start">
                      <div className="min-w-0 flex-1">
                        <p className="font-medium">
                          <Link href={`/members/${a.user.id}`} className="hover:text-brand-700">
                            {a.user.name}
                          </Link>{' '}
                          <Badge tone={a.status === 'ACCEPTED' ? 'success' : a.status === 'PENDING' ? 'warning' : 'neutral'}>{t(`applicationStatus.${a.status}`)}</Badge>
                        </p>
                        {a.user.organization && <p className="text-sm text-slate-500">{a.user.organization}</p>}
                        {a.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{a.note}</p>}
                      </div>
                      {a.status === 'PENDING' && (
                        <div className="flex gap-2">
                          <ActionButton action={decideApplicationAction} fields={{ applicationId: a.id, decision: 'ACCEPT' }} success={t('applicantAccepted', { name: a.user.name })} size="sm" aria-label={t('acceptApplicantLabel', { name: a.user.name })}>
                            {t('acceptApplicant')}
                          </ActionButton>
                          <ActionButton action={decideApplicationAction} fields={{ applicationId: a.id, decision: 'DECLINE' }} success={t('applicantDeclined', { name: a.user.name })} size="sm" variant="outline">
                            {t('declineApplicant')}
                          </ActionButton>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        )}

        {task.isPoster && task.assignments.length > 0 && (
          <Card aria-labelledby="assignees-title">
            <CardHeader>
              <CardTitle id="assignees-title">{t('assignees')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-5">
              {task.assignments.map((a) => (
                <section key={a.id} data-testid="assignee" className="space-y-2">
                  <p className="font-medium">
                    {a.user.name} <Badge tone={a.status === 'COMPLETED' ? 'success' : 'warning'}>{t(`assignmentStatus.${a.status}`)}</Badge>
                  </p>
                  {a.submissions.length === 0 && <p className="text-sm text-slate-500">{t('noSubmissions')}</p>}
                  {a.submissions.map((s) => (
                    <div key={s.id} className="space-y-2">
                      <SubmissionView submission={s} />
                      {s.status === 'PENDING' && <ReviewForm submissionId={s.id} memberName={a.user.name} />}
                    </div>
                  ))}
                </section>
              ))}
            </CardBody>
          </Card>
        )}

        {operator && task.disputes.length > 0 && (
          <Card aria-labelledby="disputes-title">
            <CardHeader>
              <CardTitle id="disputes-title">{t('disputes')}</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              {task.disputes.map((d) => (
                <div key={d.id} className="space-y-2">
                  <p className="font-medium">{d.assignment.user.name}</p>
                  <SubmissionView submission={d} />
                  {!task.isPoster && <ResolveDisputeForm submissionId={d.id} />}
                </div>
              ))}
            </CardBody>
          </Card>
        )}
      </article>

      <aside className="space-y-4">
        <Card aria-labelledby="take-part-title">
          <CardHeader>
            <CardTitle id="take-part-title">{task.isPoster ? t('manage') : t('takePart')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3">
            {task.isPoster ? (
              <div className="flex flex-wrap gap-2">
                {user && canPublish(task, user.id) &&
                  (needsApproval(task, await findTaskRules()) ? (
                    <ActionButton action={publishTaskAction} fields={{ taskId: task.id }} success={t('submittedForApproval')}>
                      {t('submitForApproval')}
                    </ActionButton>
                  ) : (
                    <ActionButton action={publishTaskAction} fields={{ taskId: task.id }} success={t('published')}>
                      {t('publish')}
                    </ActionButton>
                  ))}
                {user && canCancel(task, user.id) && (
                  <ActionButton action={cancelTaskAction} fields={{ taskId: task.id }} success={t('cancelled')} variant="outline">
                    {t('cancel')}
                  </ActionButton>
                )}
                {task.status === 'DRAFT' && task.approvalNote && (
                  <p className="w-full rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="sent-back-note">
                    {t('sentBackNote', { reason: task.approvalNote })}
                  </p>
                )}
                {task.status === 'DRAFT' && <p className="w-full text-sm text-slate-500">{t('draftHint')}</p>}
                {task.status === 'PENDING_APPROVAL' && <p className="w-full text-sm text-slate-500">{t('pendingApprovalHint')}</p>}
                {task.status !== 'DRAFT' && task.status !== 'PENDING_APPROVAL' && <p className="w-full text-sm text-slate-500">{t('posterHint', { status: t(`status.${task.status}`) })}</p>}
              </div>
            ) : user && operator && canApprove(task, user.id) ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-600">{t('approvalNeededHint')}</p>
                <ApprovalButtons taskId={task.id} title={task.title} />
              </div>
            ) : !user ? (
              <Button asChild className="w-full">
                <Link href="/sign-in">{t('signInToJoin')}</Link>
              </Button>
            ) : task.myAssignment ? (
              <div className="space-y-3">
                <Badge tone={task.myAssignment.status === 'COMPLETED' ? 'success' : 'warning'}>{t(`assignmentStatus.${task.myAssignment.status}`)}</Badge>
                {task.myAssignment.status === 'ACTIVE' && <SubmitWorkForm taskId={task.id} />}
                {latest?.status === 'CHANGES_REQUESTED' && task.myAssignment.status === 'ACTIVE' && <DisputeForm submissionId={latest.id} />}
                {task.myAssignment.submissions.length > 0 && (
                  <div className="space-y-2">
                    <h3 className="text-sm font-medium text-slate-700">{t('mySubmissions')}</h3>
                    {task.myAssignment.submissions.map((s) => (
                      <SubmissionView key={s.id} submission={s} />
                    ))}
                  </div>
                )}
              </div>
            ) : task.myApplication ? (
              <p className="text-sm text-slate-700">
                <Badge tone={task.myApplication.status === 'DECLINED' ? 'danger' : 'warning'}>{t(`applicationStatus.${task.myApplication.status}`)}</Badge>{' '}
                {task.myApplication.status === 'PENDING' && t('appliedHint')}
              </p>
            ) : recruiting ? (
              task.mode === 'FIRST_COME' ? (
                <ActionButton action={claimAction} fields={{ taskId: task.id }} success={t('claimed')} className="w-full">
                  {t('claim')}
                </ActionButton>
              ) : (
                <ApplyForm taskId={task.id} />
              )
            ) : (
              <p className="text-sm text-slate-500">{t('notRecruiting')}</p>
            )}
          </CardBody>
        </Card>
        {task.bountyFen > 0 && <p className="px-1 text-xs text-slate-500">{t('bountyNote')}</p>}
        <p className="px-1 text-xs text-slate-500">
          <Link href="/tasks" className="inline-flex items-center gap-1 hover:text-brand-700">
            <ExternalLink className="size-3" aria-hidden /> {t('backToTasks')}
          </Link>
        </p>
      </aside>
    </div>
  );
}

function Fact({ icon, label, children }: { icon: React.ReactNode; label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="flex items-center gap-1 text-xs text-slate-500">
        {icon} {label}
      </dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}
