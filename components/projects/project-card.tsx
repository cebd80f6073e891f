import { Users } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { ProjectLogo } from './project-logo';

export type ProjectCardData = {
  id: string;
  name: string;
  pitch: string;
  sectors: string[];
  stage: string;
  organization: string;
  logoKey: string | null;
  needs: string[];
  incubation: string;
  _count: { members: number; followers: number };
};

export function ProjectCard({ project }: { project: ProjectCardData }) {
  const t = useTranslations('projects');
  return (
    <li className="flex">
      <Link
        href={`/projects/${project.id}`}
        className="flex w-full flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <div className="flex items-start gap-3">
          <ProjectLogo name={project.name} logoKey={project.logoKey} />
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
