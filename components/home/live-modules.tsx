import type { ReactNode } from 'react';
import { CalendarDays, ClipboardList, FolderKanban, HandCoins } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatDateTime, formatMoney } from '@/lib/format';

type Modules = {
  campaigns: { kind: 'ending' | 'trending'; items: { id: string; title: string; projectName: string; goalFen: number; raisedFen: number; endsAt: Date | null }[] };
  events: { id: string; title: string; startsAt: Date; location: string }[];
  projects: { id: string; name: string; pitch: string }[];
  tasks: { id: string; title: string; rewardPoints: number; deadline: Date }[];
};

/** The home page's live part: what is happening in the space now, each list one click from its page. */
export function LiveModules({ modules, timeZone }: { modules: Modules; timeZone: string }) {
  const t = useTranslations('homeLive');
  const locale = useLocale();
  const pct = (raised: number, goal: number) => Math.round((raised / Math.max(goal, 1)) * 100);
  return (
    <section className="mx-auto max-w-6xl px-4 py-14" aria-labelledby="live-title">
      <h2 id="live-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Module icon={<HandCoins className="size-5" aria-hidden />} title={modules.campaigns.kind === 'ending' ? t('endingSoon') : t('trending')} href="/campaigns" more={t('allCampaigns')} empty={t('noCampaigns')} count={modules.campaigns.items.length}>
          {modules.campaigns.items.map((c) => (
            <li key={c.id}>
              <Link href={`/campaigns/${c.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {c.title}
              </Link>
              <p className="text-xs text-slate-600">
                {c.projectName} · {t('funded', { raised: formatMoney(c.raisedFen, locale), pct: pct(c.raisedFen, c.goalFen) })}
                {c.endsAt && ` · ${t('endsAt', { when: formatDateTime(c.endsAt, locale, timeZone) })}`}
              </p>
            </li>
          ))}
        </Module>
        <Module icon={<CalendarDays className="size-5" aria-hidden />} title={t('events')} href="/events" more={t('allEvents')} empty={t('noEvents')} count={modules.events.length}>
          {modules.events.map((e) => (
            <li key={e.id}>
              <Link href={`/events/${e.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {e.title}
              </Link>
              <p className="text-xs text-slate-600">
                {formatDateTime(e.startsAt, locale, timeZone)}
                {e.location && ` · ${e.location}`}
              </p>
            </li>
          ))}
        </Module>
        <Module icon={<FolderKanban className="size-5" aria-hidden />} title={t('projects')} href="/projects" more={t('allProjects')} empty={t('noProjects')} count={modules.projects.length}>
          {modules.projects.map((p) => (
            <li key={p.id}>
              <Link href={`/projects/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {p.name}
              </Link>
              <p className="line-clamp-1 text-xs text-slate-600">{p.pitch}</p>
            </li>
          ))}
        </Module>
        <Module icon={<ClipboardList className="size-5" aria-hidden />} title={t('tasks')} href="/tasks" more={t('allTasks')} empty={t('noTasks')} count={modules.tasks.length}>
          {modules.tasks.map((task) => (
            <li key={task.id}>
              <Link href={`/tasks/${task.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {task.title}
              </Link>
              <p className="text-xs text-slate-600">{t('taskMeta', { points: task.rewardPoints, when: formatDateTime(task.deadline, locale, timeZone) })}</p>
            </li>
          ))}
        </Module>
      </div>
    </section>
  );
}

function Module({ icon, title, href, more, empty, count, children }: { icon: ReactNode; title: string; href: string; more: string; empty: string; count: number; children: ReactNode }) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 className="flex items-center gap-2 font-semibold text-slate-900">
          <span className="text-brand-600">{icon}</span> {title}
        </h3>
        <Link href={href} className="text-sm text-brand-700 underline">
          {more}
        </Link>
      </div>
      {count === 0 ? <p className="mt-3 text-sm text-slate-600">{empty}</p> : <ul className="mt-3 space-y-3 text-sm">{children}</ul>}
    </div>
  );
}
