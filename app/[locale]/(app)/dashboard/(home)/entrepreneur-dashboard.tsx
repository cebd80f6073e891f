import { FolderKanban, Plus } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { SessionUser } from '@/lib/users/queries';
import { listMyProjects } from '@/lib/projects/queries';
import { listMySessions } from '@/lib/mentoring/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ApplicationStatusBadge } from '@/components/admissions/application-status-badge';
import { SessionList } from '@/components/mentoring/session-list';
import { ProjectLogo } from '@/components/projects/project-logo';

/** The entrepreneur's part of the dashboard: projects, applications, mentors, next sessions. */
export async function EntrepreneurDashboard({ user }: { user: SessionUser }) {
  const [t, projects, sessions] = await Promise.all([getTranslations('projects'), listMyProjects(user), listMySessions(user, { upcomingOnly: true })]);
  const asMentee = sessions.filter((s) => s.mentorId !== user.id).slice(0, 3);
  if (projects.length === 0) {
    return (
      <EmptyState
        icon={FolderKanban}
        title={t('dashboard.emptyTitle')}
        description={t('dashboard.emptyBody')}
        action={
          <Button asChild>
            <Link href="/projects/new">
              <Plus className="size-4" aria-hidden /> {t('gallery.create')}
            </Link>
          </Button>
        }
      />
    );
  }
  return (
    <div className="space-y-5">
      <ul className="space-y-3">
        {projects.map((p) => (
          <li key={p.id} className="rounded-xl border border-slate-200 p-3">
            <div className="flex items-start gap-3">
              <ProjectLogo name={p.name} logoKey={p.logoKey} />
              <div className="min-w-0 flex-1">
                <Link href={`/projects/${p.id}/manage`} className="font-medium text-brand-700 underline">
                  {p.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-1.5">
                  <Badge tone="brand">{t(`stage.${p.stage}`)}</Badge>
                  {p.incubation !== 'NONE' && <Badge tone="success">{t(`incubation.${p.incubation}`)}</Badge>}
                  {p.applications.slice(0, 1).map((a) => (
                    <span key={a.id} className="inline-flex items-center gap-1 text-xs text-slate-600">
                      {a.round.name} <ApplicationStatusBadge status={a.status} />
                    </span>
                  ))}
                </div>
                {p.mentorships.length > 0 && (
                  <p className="mt-1 text-xs text-slate-600">
                    {t('dashboard.mentors')}{' '}
                    {p.mentorships.map((m) => `${m.mentor.name}${m.status === 'REQUESTED' ? t('dashboard.pendingSuffix') : ''}`).join(t('dashboard.listSeparator'))}
                  </p>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('dashboard.nextSessions')}</h3>
        <SessionList sessions={asMentee} viewerId={user.id} compact />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild size="sm" variant="secondary">
          <Link href="/projects/new">{t('gallery.create')}</Link>
        </Button>
        <Button asChild size="sm" variant="outline">
          <Link href="/mentors">{t('manage.findMentor')}</Link>
        </Button>
      </div>
    </div>
  );
}
