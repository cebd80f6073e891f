import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatMoney } from '@/lib/format';
import { requirePagePermission } from '@/lib/auth/session';
import { listTaskApprovalQueue } from '@/lib/console/queries';
import { firstValues, taskApprovalQueueSearchSchema } from '@/lib/console/schemas';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { localDateTimeText } from '@/lib/time';
import { TASK_CATEGORIES } from '@/lib/tasks/policy';
import { decideTasksAction } from '@/lib/tasks/actions';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Age } from '@/components/console/age';
import { BulkQueue } from '@/components/console/bulk-queue';
import { QueueFilters } from '@/components/console/queue-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('console.taskApprovals');
  return { title: t('title') };
}

export default async function TaskApprovalQueuePage({ params, searchParams }: PageProps<'/[locale]/operate/task-approvals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('task:resolve-dispute');
  const search = taskApprovalQueueSearchSchema.parse(firstValues(await searchParams));
  const now = new Date();
  const [rows, tz, t, tt, te] = await Promise.all([
    listTaskApprovalQueue(operator, search),
    findDefaultTimeZone(),
    getTranslations('console.taskApprovals'),
    getTranslations('tasks'),
    getTranslations('errors'),
  ]);
  const yuan = (fen: number) => formatMoney(fen, locale);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <QueueFilters
        action="/operate/task-approvals"
        filters={[
          { kind: 'search', name: 'q', label: t('search'), value: search.q },
          { kind: 'select', name: 'category', label: t('category'), value: search.category, anyLabel: t('anyCategory'), options: TASK_CATEGORIES.map((c) => ({ value: c, label: tt(`category.${c}`) })) },
          { kind: 'select', name: 'reward', label: t('reward'), value: search.reward, anyLabel: t('anyReward'), options: (['bounty', 'points'] as const).map((r) => ({ value: r, label: t(`rewardKind.${r}`) })) },
          { kind: 'select', name: 'sort', label: t('sort'), value: search.sort, options: (['oldest', 'newest', 'bounty', 'deadline'] as const).map((s) => ({ value: s, label: t(`sortBy.${s}`) })) },
        ]}
      />
      <BulkQueue
        idField="taskId"
        action={decideTasksAction}
        labels={{ approve: t('approveSelected'), reject: t('sendBackSelected') }}
        rows={rows.map((task) => {
          const own = task.postedById === operator.id;
          const overdue = task.deadline <= now;
          return {
            id: task.id,
            label: task.title,
            content: (
              <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4" data-testid="task-approval-row">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    {/* Waiting for approval, so not public yet: its signed-in page. */}
                    <Link href={`/tasks/${task.id}/view`} className="hover:text-brand-700 hover:underline">
                      {task.title}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">
                    {task.project?.name ?? (task.partnerName || tt('forSpace'))} · {tt('postedBy', { name: task.postedBy.name })}
                  </p>
                  <p className="text-sm text-slate-700">
                    {tt('approvalTotals', { slots: task.slots, points: task.rewardPoints, bounty: yuan(task.bountyFen), total: yuan(task.bountyFen * task.slots) })}
                  </p>
                  <p className="mt-1 flex flex-wrap gap-1.5">
                    <Badge tone="neutral">{tt(`category.${task.category}`)}</Badge>
                    <Badge tone={overdue ? 'danger' : 'neutral'}>{t('deadline', { date: localDateTimeText(task.deadline, tz) })}</Badge>
                    {own && <Badge tone="warning" data-testid="row-own-task">{te('approvalOwnTask')}</Badge>}
                  </p>
                </div>
                <p className="shrink-0 text-xs">
                  <Age since={task.createdAt} now={now} timeZone={tz} />
                </p>
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
