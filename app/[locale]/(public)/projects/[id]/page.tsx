import type { Metadata } from 'next';
import { ExternalLink, MapPin, Settings } from 'lucide-react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { followProjectAction } from '@/lib/projects/actions';
import { findProject } from '@/lib/projects/queries';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { MilestoneTimeline } from '@/components/projects/milestone-timeline';
import { ProjectLogo } from '@/components/projects/project-logo';

export async function generateMetadata({ params }: PageProps<'/[locale]/projects/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const project = await findProject(await getCurrentUser(), id);
  return { title: project?.name ?? '404' };
}

export default async function ProjectPage({ params }: PageProps<'/[locale]/projects/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const project = await findProject(user, id);
  if (!project) notFound();
  const t = await getTranslations('projects');

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8">
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start">
        <ProjectLogo name={project.name} logoKey={project.logoKey} size="lg" />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{project.name}</h1>
          <p className="mt-1 text-slate-600">{project.pitch}</p>
          <div className="mt-3 flex flex-wrap gap-1.5">
            <Badge tone="brand">{t(`stage.${project.stage}`)}</Badge>
            {project.incubation !== 'NONE' && <Badge tone="success">{t(`incubation.${project.incubation}`)}</Badge>}
            {project.visibility !== 'PUBLIC' && <Badge tone="warning">{t(`visibility.${project.visibility}`)}</Badge>}
            {project.sectors.map((s) => (
              <Badge key={s}>{t.has(`sector.${s}`) ? t(`sector.${s}`) : s}</Badge>
            ))}
          </div>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm text-slate-500">
            {project.organization && <span>{project.organization}</span>}
            {project.location && (
              <span className="inline-flex items-center gap-1">
                <MapPin className="size-3.5" aria-hidden /> {project.location}
              </span>
            )}
            <span>{t('followerCount', { n: project._count.followers })}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {user && !project.teamRole && (
            <ActionButton
              action={followProjectAction}
              fields={{ projectId: project.id, follow: project.following ? 'no' : 'yes' }}
              success={project.following ? t('detail.unfollowed') : t('detail.followed')}
              variant={project.following ? 'outline' : 'secondary'}
            >
              {project.following ? t('detail.unfollow') : t('detail.follow')}
            </ActionButton>
          )}
          {project.teamRole && (
            <Button asChild size="sm" variant="outline">
              <Link href={`/projects/${project.id}/manage`}>
                <Settings className="size-4" aria-hidden /> {t('detail.manage')}
              </Link>
            </Button>
          )}
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card aria-labelledby="story-title">
            <CardHeader>
              <CardTitle id="story-title">{t('detail.story')}</CardTitle>
            </CardHeader>
            <CardBody>
              {project.description ? <Markdown>{project.description}</Markdown> : <p className="text-sm text-slate-500">{t('detail.noStory')}</p>}
              {project.links.length > 0 && (
                <ul className="mt-4 space-y-1 border-t border-slate-100 pt-4 text-sm">
                  {project.links.map((l) => (
                    <li key={l}>
                      <a href={l} rel="noopener noreferrer nofollow" target="_blank" className="inline-flex items-center gap-1 break-all text-brand-700 underline">
                        <ExternalLink className="size-3.5 shrink-0" aria-hidden /> {l}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
          <Card aria-labelledby="milestones-title">
            <CardHeader>
              <CardTitle id="milestones-title">{t('milestones.title')}</CardTitle>
            </CardHeader>
            <CardBody>
              <MilestoneTimeline milestones={project.milestones} />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-6">
          {project.needs.length > 0 && (
            <Card aria-labelledby="needs-title">
              <CardHeader>
                <CardTitle id="needs-title">{t('form.needs')}</CardTitle>
              </CardHeader>
              <CardBody className="flex flex-wrap gap-1.5">
                {project.needs.map((n) => (
                  <Badge key={n} tone="warning">{t(`need.${n}`)}</Badge>
                ))}
              </CardBody>
            </Card>
          )}
          <Card aria-labelledby="team-title">
            <CardHeader>
              <CardTitle id="team-title">{t('detail.team')}</CardTitle>
            </CardHeader>
            <CardBody>
              <ul className="space-y-2">
                {project.members.map((m) => (
                  <li key={m.user.id} className="flex items-center justify-between gap-2 text-sm">
                    <span>
                      <span className="font-medium text-slate-900">{m.user.name}</span>
                      {m.user.organization && <span className="text-slate-500"> · {m.user.organization}</span>}
                    </span>
                    <Badge tone={m.role === 'OWNER' ? 'brand' : 'neutral'}>{t(`teamRole.${m.role}`)}</Badge>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
          <Card aria-labelledby="mentors-title">
            <CardHeader>
              <CardTitle id="mentors-title">{t('detail.mentors')}</CardTitle>
            </CardHeader>
            <CardBody>
              {project.mentorships.length === 0 ? (
                <p className="text-sm text-slate-500">{t('detail.noMentors')}</p>
              ) : (
                <ul className="space-y-2 text-sm">
                  {project.mentorships.map((m) => (
                    <li key={m.id}>
                      <Link href={`/mentors/${m.mentor.id}`} className="font-medium text-brand-700 underline">
                        {m.mentor.name}
                      </Link>
                      {m.mentor.organization && <span className="text-slate-500"> · {m.mentor.organization}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
