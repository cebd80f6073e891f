import { ClipboardList, Plus } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/users/queries';
import { listOpenTasks, listPostableProjects } from '@/lib/tasks/queries';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import { TASK_CATEGORIES, TASK_LOCATIONS } from '@/lib/tasks/policy';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { Button } from '@/components/ui/button';
import { LoadMore } from '@/components/ui/load-more';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { TaskCard } from '@/components/tasks/task-card';
import { PersonalSlot } from '@/components/layout/personal-islands';
import { MembersOnlySection } from '@/components/layout/members-only';

/** The member's tools on the board: task operations (operators), my tasks, and posting a task. */
export async function TaskBoardActions({ user }: { user: SessionUser | null }) {
  if (!user) return null;
  const [t, projects] = await Promise.all([getTranslations('tasks'), listPostableProjects(user)]);
  const canPost = can(user, 'task:post-space') || projects.length > 0;
  return (
    <>
      {can(user, 'task:resolve-dispute') && (
        <Button asChild variant="ghost">
          <Link href="/tasks/operations">{t('operations')}</Link>
        </Button>
      )}
      <Button asChild variant="outline">
        <Link href="/tasks/mine">{t('mine')}</Link>
      </Button>
      {canPost && (
        <Button asChild>
          <Link href="/tasks/new">
            <Plus className="size-4" aria-hidden /> {t('post')}
          </Link>
        </Button>
      )}
    </>
  );
}

/** "Matches my skills", a filter for signed-in members. */
export async function MatchesFilter({ checked = false }: { checked?: boolean }) {
  const t = await getTranslations('tasks');
  return (
    <label className="flex h-10 items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" name="matches" value="1" defaultChecked={checked} className="size-4" />
      {t('matchesSkills')}
    </label>
  );
}

/**
 * The personal part of the cached board for a signed-in member: open tasks a visitor does not
 * see, first page only, with a way to the full board (rendered per request).
 */
export async function TasksBeyondPublic({ user }: { user: SessionUser }) {
  const page = await listOpenTasks(user, taskSearchSchema.parse({}), new Date(), { beyondPublic: true });
  if (page.items.length === 0) return null;
  return (
    <MembersOnlySection kind="tasks" more={page.nextCursor ? '/tasks?q=' : null}>
      {page.items.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </MembersOnlySection>
  );
}

/**
 * The task board, for /tasks with its filters (per request, as the member) and for its cached
 * entry without a query (`cached`: as a visitor, tagged with what its cards show).
 */
export async function TaskBoard({ user, sp, cached = false }: { user: SessionUser | null; sp: Record<string, string | string[] | undefined>; cached?: boolean }) {
  const search = taskSearchSchema.parse(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, tq] = await Promise.all([getTranslations('tasks'), getTranslations('taskSearch')]);
  // The member's tools (which query their postable projects) alongside the list, not after it.
  const [page, actions] = await Promise.all([listOpenTasks(user, search), cached ? null : TaskBoardActions({ user })]);
  if (cached) await tagPage(TAGS.tasks, ...page.items.map((task) => TAGS.task(task.id)), ...new Set(page.items.flatMap((task) => (task.project ? [TAGS.project(task.project.id)] : []))));
  const { cursor: _cursor, limit: _limit, ...filters } = search;
  const nextHref = page.nextCursor ? { pathname: '/tasks' as const, query: { ...filters, cursor: page.nextCursor } } : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          cached ? (
            // Room kept for the member's buttons, so nothing moves when they arrive.
            <div className="flex min-h-10 flex-wrap gap-2">
              <PersonalSlot name="actions" />
            </div>
          ) : (
            actions
          )
        }
      />
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm" aria-label={t('filters')}>
        <label className="w-full text-sm sm:w-auto sm:min-w-[14rem] sm:flex-1">
          <span className="mb-1 block text-slate-600">{tq('label')}</span>
          <input type="search" name="q" defaultValue={search.q ?? ''} placeholder={tq('placeholder')} maxLength={60} className="h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm" />
        </label>
        <label className="min-w-[8.5rem] flex-1 text-sm sm:flex-none">
          <span className="mb-1 block text-slate-600">{t('form.category')}</span>
          <select name="category" defaultValue={search.category ?? ''} className="h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm">
            <option value="">{t('all')}</option>
            {TASK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-[7rem] flex-1 text-sm sm:flex-none">
          <span className="mb-1 block text-slate-600">{t('form.location')}</span>
          <select name="location" defaultValue={search.location ?? ''} className="h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm">
            <option value="">{t('all')}</option>
            {TASK_LOCATIONS.map((l) => (
              <option key={l} value={l}>
                {t(`location.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex h-10 items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="bounty" value="1" defaultChecked={!!search.bounty} className="size-4" />
          {t('hasBounty')}
        </label>
        {cached ? <PersonalSlot name="matches" /> : user && <MatchesFilter checked={!!search.matches} />}
        <Button type="submit" variant="secondary" className="ml-auto">
          {t('applyFilters')}
        </Button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState
          icon={ClipboardList}
          title={search.q ? tq('noResults', { q: search.q }) : t('emptyTitle')}
          description={search.matches ? t('emptyMatches') : t('emptyBody')}
          action={
            search.q || search.category || search.location || search.bounty || search.matches ? (
              <Button asChild variant="outline" size="sm">
                <Link href="/tasks">{tq('clear')}</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((task) => (
            <TaskCard key={task.id} task={task} />
          ))}
        </ul>
      )}
      {nextHref && <LoadMore href={nextHref} label={t('more')} />}
      {cached && <PersonalSlot name="beyondPublic" />}
    </>
  );
}
