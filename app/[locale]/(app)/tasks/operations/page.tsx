import type { Metadata } from 'next';
import { ClipboardCheck, Inbox, Wallet } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/format';
import { requirePagePermission } from '@/lib/auth/session';
import { listOperatorQueue } from '@/lib/tasks/queries';
import { markPayoutPaidAction } from '@/lib/tasks/actions';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/components/exports/export-buttons';
import { ActionButton } from '@/components/ui/action-button';
import { ResolveDisputeForm } from '@/components/tasks/task-work-forms';
import { SubmissionView } from '@/components/tasks/submission-view';
import { ApprovalButtons } from '@/components/tasks/approval-buttons';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('operations') };
}

export default async function TaskOperationsPage({ params }: PageProps<'/[locale]/tasks/operations'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('task:resolve-dispute');
  const [t, te, queue] = await Promise.all([getTranslations('tasks'), getTranslations('errors'), listOperatorQueue(operator)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('operations')} description={t('operationsDescription')} actions={<><ExportButtons table="tasks" showName /><ExportButtons table="payouts" showName /></>} />
      <Card aria-labelledby="approval-queue">
        <CardHeader>
          <div>
            <CardTitle id="approval-queue">{t('approvals')}</CardTitle>
            <CardDescription>{t('approvalsDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          {queue.approvals.length === 0 ? (
            <EmptyState icon={ClipboardCheck} title={t('noApprovals')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {queue.approvals.map((task) => (
                <li key={task.id} data-testid="approval" className="flex flex-col gap-3 py-4 md:flex-row md:items-start">
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="font-medium">
                      {/* Waiting for approval, so not public yet: its signed-in page. */}
                      <Link href={`/tasks/${task.id}/view`} className="hover:text-brand-700">
                        {task.title}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-600">
                      {task.project?.name ?? (task.partnerName || t('forSpace'))} · {t('postedBy', { name: task.postedBy.name })}
                    </p>
                    <p className="text-sm text-slate-700">
                      {t('approvalTotals', {
                        slots: task.slots,
                        points: task.rewardPoints,
                        bounty: formatMoney(task.bountyFen, locale),
                        total: formatMoney(task.bountyFen * task.slots, locale),
                      })}
                    </p>
                  </div>
                  {task.postedById === operator.id ? <p className="text-sm text-slate-500">{te('approvalOwnTask')}</p> : <ApprovalButtons taskId={task.id} title={task.title} />}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <Card aria-labelledby="dispute-queue">
        <CardHeader>
          <div>
            <CardTitle id="dispute-queue">{t('disputes')}</CardTitle>
            <CardDescription>{t('disputesDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          {queue.disputes.length === 0 ? (
            <EmptyState icon={Inbox} title={t('noDisputes')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {queue.disputes.map((d) => (
                <li key={d.id} className="grid gap-3 py-4 md:grid-cols-2">
                  <div className="space-y-2">
                    <p className="font-medium">
                      <Link href={`/tasks/${d.task.id}`} className="hover:text-brand-700">
                        {d.task.title}
                      </Link>{' '}
                      · {d.assignment.user.name}
                    </p>
                    <SubmissionView submission={{ ...d, status: 'DISPUTED', resolutionNote: null }} />
                  </div>
                  {d.task.postedById === operator.id ? <p className="text-sm text-slate-500">{te('disputeOwnTask')}</p> : <ResolveDisputeForm submissionId={d.id} />}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <Card aria-labelledby="payout-queue">
        <CardHeader>
          <div>
            <CardTitle id="payout-queue">{t('payouts')}</CardTitle>
            <CardDescription>{t('payoutsDescription')}</CardDescription>
          </div>
        </CardHeader>
        <CardBody>
          {queue.payouts.length === 0 ? (
            <EmptyState icon={Wallet} title={t('noPayouts')} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {queue.payouts.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-3 py-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {p.user.name} · {formatMoney(p.amountFen, locale)}
                    </p>
                    <p className="truncate text-sm text-slate-500">
                      {p.assignment.task.title} · {p.user.email}
                    </p>
                  </div>
                  {p.user.id === operator.id || p.assignment.task.postedById === operator.id ? (
                    <p className="text-sm text-slate-500">{te('payoutOwnTask')}</p>
                  ) : (
                    <ActionButton action={markPayoutPaidAction} fields={{ payoutId: p.id }} success={t('payoutMarked')} size="sm" aria-label={t('markPaidLabel', { name: p.user.name })}>
                      {t('markPaid')}
                    </ActionButton>
                  )}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
