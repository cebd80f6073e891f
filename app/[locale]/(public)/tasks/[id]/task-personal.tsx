import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { SessionUser } from '@/lib/users/queries';
import { findTaskRules } from '@/lib/tasks/queries';
import { canApprove, canCancel, canPublish, isRecruiting, needsApproval } from '@/lib/tasks/policy';
import { cancelTaskAction, claimAction, decideApplicationAction, publishTaskAction } from '@/lib/tasks/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { ActionButton } from '@/components/ui/lazy-action-button';
import { ApplyForm, ApprovalButtons, DisputeForm, ResolveDisputeForm, ReviewForm, SubmitWorkForm } from '@/components/tasks/lazy-forms';
import { SubmissionView } from '@/components/tasks/submission-view';
import type { TaskView } from '@/components/tasks/task-detail';

/** The poster's applicants and assignees' submissions, and an operator's disputes: nothing for anyone else. */
export async function TaskTeamSections({ task }: { task: TaskView }) {
  const t = await getTranslations('tasks');
  const operator = task.operator;
  return (
    <>
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
    </>
  );
}

/** The "take part" card: sign in (a visitor), apply or claim, the member's own work, or the poster's tools. */
export async function TakePartCard({ task, user }: { task: TaskView; user: SessionUser | null }) {
  const t = await getTranslations('tasks');
  const operator = task.operator;
  const recruiting = isRecruiting(task, new Date());
  const latest = task.myAssignment?.submissions[0];
  return (
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
  );
}
