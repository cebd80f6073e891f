import type { ReactNode } from 'react';
import { CalendarClock, Coins, ExternalLink, MapPin, Users } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime, formatMoney } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import type { findTask } from '@/lib/tasks/queries';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { statusTone } from '@/components/tasks/task-card';
import { Markdown } from '@/components/ui/markdown';
import { ContentModeration } from '@/components/moderation/content-moderation';

export type TaskView = NonNullable<Awaited<ReturnType<typeof findTask>>>;

/**
 * A task's page: what everyone sees of it, with the viewer's parts given as `team` (the poster's
 * applicants and submissions, an operator's disputes) and `takePart` (apply, claim, submit, or
 * the poster's tools). The public page is cached and fills these in the browser
 * (app/[locale]/(public)/tasks/[id]/personal.tsx); /tasks/[id]/view renders them per request.
 */
export async function TaskDetail({ task, team, takePart }: { task: TaskView; team: ReactNode; takePart: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations('tasks'), getLocale()]);
  const money = (fen: number) => formatMoney(fen, locale);
  const owner = task.project?.name ?? (task.partnerName || t('forSpace'));

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
        <ContentModeration contentType="task" contentId={task.id} authorId={task.postedById} hidden={task.hidden} />

        <dl className="grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-4">
          <Fact icon={<Coins className="size-4 text-accent-500" aria-hidden />} label={t('reward')}>
            {[task.rewardPoints > 0 ? t('points', { n: task.rewardPoints }) : null, task.bountyFen > 0 ? money(task.bountyFen) : null].filter(Boolean).join(' + ')}
          </Fact>
          <Fact icon={<Users className="size-4" aria-hidden />} label={t('slots')}>
            {t('slotsLeft', { left: task.slots - task.filledSlots, total: task.slots })}
          </Fact>
          <Fact icon={<CalendarClock className="size-4" aria-hidden />} label={t('deadline')}>
            {formatDateTime(task.deadline, locale)}
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

        {team}
      </article>

      <aside className="space-y-4">
        {takePart}
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
