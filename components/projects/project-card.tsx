import { Users } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { projectPageHref } from '@/lib/projects/policy';
import { Badge } from '@/components/ui/badge';
import { Picture } from '@/components/ui/picture';
import { ProjectLogo } from './project-logo';

export type ProjectCardData = {
  id: string;
  name: string;
  pitch: string;
  sectors: string[];
  stage: string;
  organization: string;
  logoKey: string | null;
  coverKey?: string | null;
  needs: string[];
  incubation: string;
  /** The card links to the public page of a public project, else to the members' view (projectPageHref). */
  visibility?: string;
  _count: { members: number; followers: number };
};

/** `priority`: the list's first card, whose cover is the page's largest paint on a phone. */
export function ProjectCard({ project, priority = false }: { project: ProjectCardData; priority?: boolean }) {
  const t = useTranslations('projects');
  const tm = useTranslations('media');
  return (
    <li className="flex">
      <Link
        href={projectPageHref({ id: project.id, visibility: project.visibility ?? 'PUBLIC' })}
        className="flex w-full flex-col gap-3 overflow-hidden rounded-2xl border border-slate-200 bg-white p-4 pt-0 shadow-sm transition hover:border-brand-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <Picture imageKey={project.coverKey} alt={tm('projectCoverAlt', { name: project.name })} seed={project.name} className="-mx-4" priority={priority} />
        <div className="flex items-start gap-3">
          {/* The logo overlaps the cover's lower edge; the name starts below the cover. */}
          <ProjectLogo name={project.name} logoKey={project.logoKey} className="relative -mt-9 bg-white ring-2 ring-white" />
          <div className="min-w-0">
            <h2 className="truncate font-semibold text-slate-900">{project.name}</h2>
            <p className="truncate text-sm text-slate-500">{project.organization || '—'}</p>
          </div>
        </div>
        <p className="line-clamp-2 text-sm text-slate-700">{project.pitch}</p>
        <div className="mt-auto flex flex-wrap gap-1.5">
          <Badge tone="brand">{t(`stage.${project.stage}`)}</Badge>
          {project.incubation !== 'NONE' && <Badge tone="success">{t(`incubation.${project.incubation}`)}</Badge>}
          {project.sectors.slice(0, 2).map((s) => (
            <Badge key={s}>{t.has(`sector.${s}`) ? t(`sector.${s}`) : s}</Badge>
          ))}
          {project.needs.slice(0, 2).map((n) => (
            <Badge key={n} tone="warning">
              {t('needsShort', { need: t(`need.${n}`) })}
            </Badge>
          ))}
        </div>
        <p className="flex items-center gap-1 text-xs text-slate-500">
          <Users className="size-3.5" aria-hidden />
          {t('teamCount', { n: project._count.members })} · {t('followerCount', { n: project._count.followers })}
        </p>
      </Link>
    </li>
  );
}
