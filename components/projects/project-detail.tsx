import type { ReactNode } from 'react';
import { ExternalLink, MapPin, Settings } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { followProjectAction } from '@/lib/projects/actions';
import type { findProject } from '@/lib/projects/queries';
import type { SessionUser } from '@/lib/users/queries';
import { ActionButton } from '@/components/ui/lazy-action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Markdown } from '@/components/ui/markdown';
import { MilestoneTimeline } from '@/components/projects/milestone-timeline';
import { ProjectLogo } from '@/components/projects/project-logo';
import { Avatar } from '@/components/ui/avatar';
import { CoverHero } from '@/components/media/cover-hero';
import { Gallery } from '@/components/media/gallery';
import type { findGallery } from '@/lib/media/queries';
import { ProjectCampaigns } from '@/components/projects/project-campaigns';
import { HiddenBanner } from '@/components/moderation/hidden-banner';
import { ReportButton } from '@/components/moderation/report-button';
import { IntroductionCard } from '@/components/investors/introduction-card';
import { ShareCard } from '@/components/share/share-card';
import type { listProjectCampaigns } from '@/lib/campaigns/queries';
import { can } from '@/lib/auth/permissions';

type Project = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/**
 * A project's page. With `user` null it is the cached page everyone gets, its follow and manage
 * buttons an island (`islands.actions`); with a user (members-only and private projects,
 * /projects/[id]/view, never cached) all of it renders on the server.
 */
export async function ProjectDetail({
  project,
  user,
  gallery,
  campaigns,
  islands,
}: {
  project: Project;
  user: SessionUser | null;
  gallery: Awaited<ReturnType<typeof findGallery>>;
  campaigns: Awaited<ReturnType<typeof listProjectCampaigns>>;
  islands?: { actions: ReactNode; intro: ReactNode; campaigns: (visitor: ReactNode) => ReactNode };
}) {
  const [t, tm] = await Promise.all([getTranslations('projects'), getTranslations('media')]);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8">
      <CoverHero imageKey={project.coverKey} alt={tm('projectCoverAlt', { name: project.name })} seed={project.name} />
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
            {!project.hidden && <ReportButton contentType="project" contentId={project.id} authorId={project.members.find((m) => m.role === 'OWNER')?.user.id} />}
          </p>
        </div>
        {/* Reserved: the follow or manage button arrives for members without moving the heading. */}
        <div className="flex min-h-9 flex-wrap gap-2 sm:min-w-28 sm:justify-end">
          {islands ? islands.actions : <ProjectActions project={project} user={user} />}
        </div>
      </div>

      {project.hidden && <HiddenBanner notice={project.hidden} />}
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
          <Gallery images={gallery} name={project.name} />
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
          {islands ? islands.campaigns(<ProjectCampaigns campaigns={campaigns} />) : <ProjectCampaigns campaigns={campaigns} />}
          {islands ? islands.intro : <ProjectIntroduction project={project} user={user} />}
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
                    <span className="flex min-w-0 items-center gap-2">
                      <Avatar name={m.user.name} imageKey={m.user.avatarKey} size="sm" />
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
          {/* Members-only and private projects have no public address to pass on. */}
          {project.visibility === 'PUBLIC' && <ShareCard path={`/projects/${project.id}`} title={project.name} />}
        </div>
      </div>
    </div>
  );
}

/** Follow (a member outside the team) or manage (the team). */
export async function ProjectActions({ project, user }: { project: Project; user: SessionUser | null }) {
  const t = await getTranslations('projects');
  return (
    <>
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
    </>
  );
}

/** An investor outside the team asks for an introduction. */
export function ProjectIntroduction({ project, user }: { project: Project; user: SessionUser | null }) {
  return user && can(user, 'investor:watchlist') && !project.teamRole ? <IntroductionCard projectId={project.id} /> : null;
}
