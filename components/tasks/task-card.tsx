import { CalendarClock, Coins, Users } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime, formatMoney } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';

export type TaskCardData = {
  id: string;
  title: string;
  category: string;
  skills: string[];
  rewardPoints: number;
  bountyFen: number;
  slots: number;
  filledSlots: number;
  deadline: Date;
  location: string;
  mode: string;
  status: string;
  partnerName: string;
  project: { id: string; name: string } | null;
  postedBy: { id: string; name: string };
};

export function statusTone(status: string) {
  return status === 'OPEN' ? 'success' : status === 'COMPLETED' ? 'brand' : status === 'IN_PROGRESS' || status === 'IN_REVIEW' ? 'warning' : 'neutral';
}

/** Who a task is for: the project, the partner, or the space itself. */
export function useTaskOwnerLabel() {
  const t = useTranslations('tasks');
  return (task: Pick<TaskCardData, 'project' | 'partnerName'>) => task.project?.name ?? (task.partnerName || t('forSpace'));
}

export function TaskCard({ task, showStatus = false, note }: { task: TaskCardData; showStatus?: boolean; note?: string }) {
  const t = useTranslations('tasks');
  const locale = useLocale();
  const ownerLabel = useTaskOwnerLabel();
  return (
    <li data-testid="task-card" className="flex flex-col rounded-2xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow">
      <div className="mb-2 flex flex-wrap items-center gap-1.5">
        <Badge tone="brand">{t(`category.${task.category}`)}</Badge>
        <Badge>{t(`location.${task.location}`)}</Badge>
        {task.mode === 'FIRST_COME' && <Badge tone="warning">{t('mode.FIRST_COME')}</Badge>}
        {showStatus && <Badge tone={statusTone(task.status)}>{t(`status.${task.status}`)}</Badge>}
        {note && <Badge tone="warning">{note}</Badge>}
      </div>
      <h3 className="text-base font-semibold leading-snug text-slate-900">
        <Link href={`/tasks/${task.id}`} className="hover:text-brand-700">
          {task.title}
        </Link>
      </h3>
      <p className="mt-0.5 truncate text-sm text-slate-500">{ownerLabel(task)}</p>
      {task.skills.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1">
          {task.skills.slice(0, 4).map((s) => (
            <span key={s} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {s}
            </span>
          ))}
        </p>
      )}
      <dl className="mt-auto grid grid-cols-2 gap-x-3 gap-y-1.5 pt-3 text-sm text-slate-600">
        <div className="flex items-center gap-1.5">
          <Coins className="size-4 shrink-0 text-accent-500" aria-hidden />
          <dt className="sr-only">{t('reward')}</dt>
          <dd className="font-medium text-slate-900">
            {[task.rewardPoints > 0 ? t('points', { n: task.rewardPoints }) : null, task.bountyFen > 0 ? formatMoney(task.bountyFen, locale) : null]
              .filter(Boolean)
              .join(' + ')}
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <Users className="size-4 shrink-0" aria-hidden />
          <dt className="sr-only">{t('slots')}</dt>
          <dd>{t('slotsLeft', { left: task.slots - task.filledSlots, total: task.slots })}</dd>
        </div>
        <div className="col-span-2 flex items-center gap-1.5">
          <CalendarClock className="size-4 shrink-0" aria-hidden />
          <dt className="sr-only">{t('deadline')}</dt>
          <dd>{t('deadlineOn', { date: formatDateTime(task.deadline, locale) })}</dd>
        </div>
      </dl>
    </li>
  );
}
