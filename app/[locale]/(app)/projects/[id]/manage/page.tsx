import type { Metadata } from 'next';
import { ArrowRight, ExternalLink } from 'lucide-react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { listApplicationsForOwner, listOpenRounds } from '@/lib/admissions/queries';
import { canMove } from '@/lib/admissions/policy';
import { withdrawApplicationAction } from '@/lib/admissions/actions';
import { endMentorshipAction } from '@/lib/mentoring/actions';
import { listMentorshipsAsMentee } from '@/lib/mentoring/queries';
import {
  cancelInvitationAction,
  deleteMilestoneAction,
  leaveProjectAction,
  removeMemberAction,
  toggleMilestoneAction,
  transferOwnershipAction,
} from '@/lib/projects/actions';
import { canEdit, projectPageHref } from '@/lib/projects/policy';
import { findProjectForTeam } from '@/lib/projects/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay } from '@/lib/format';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ApplicationStatusBadge } from '@/components/admissions/application-status-badge';
import { InviteForm } from '@/components/projects/invite-form';
import { MilestoneForm } from '@/components/projects/milestone-form';
import { ProjectForm } from '@/components/projects/project-form';
import { PicturesCard } from '@/components/media/pictures-card';
import { findGallery } from '@/lib/media/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('manage.title') };
}

export default async function ManageProjectPage({ params }: PageProps<'/[locale]/projects/[id]/manage'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const project = await findProjectForTeam(user, id);
  if (!project) notFound();
  const [t, ta, tz, applications, rounds, mentorships] = await Promise.all([
    getTranslations('projects'),
    getTranslations('admissions'),
    findDefaultTimeZone(),
    listApplicationsForOwner(user, id),
    listOpenRounds(),
    listMentorshipsAsMentee(user),
  ]);
  const owner = canEdit(project.teamRole);
  const applied = new Set((applications ?? []).filter((a) => a.status !== 'DRAFT').map((a) => a.round.id));
  const projectMentorships = mentorships.filter((m) => m.project.id === id);
  const [gallery, tm] = await Promise.all([owner ? findGallery('PROJECT', id) : [], getTranslations('media')]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={project.name}
        description={t('manage.description')}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href={projectPageHref({ id, visibility: project.visibility })}>
              <ExternalLink className="size-4" aria-hidden /> {t('manage.view')}
            </Link>
          </Button>
        }
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="incubation-title">
          <CardHeader>
            <div>
              <CardTitle id="incubation-title">{ta('project.title')}</CardTitle>
              <CardDescription>{t(`incubation.${project.incubation}`)}</CardDescription>
            </div>
          </CardHeader>
          <CardBody className="space-y-4">
            {(applications ?? []).length === 0 && <p className="text-sm text-slate-500">{ta('project.none')}</p>}
            <ul className="space-y-3">
              {(applications ?? []).map((a) => (
                <li key={a.id} className="rounded-xl border border-slate-200 p-3" data-application={a.id}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{a.round.name}</span>
                    <ApplicationStatusBadge status={a.status} />
                  </div>
                  {a.decisionMessage && (
                    <p className="mt-2 rounded-lg bg-slate-50 p-2 text-sm text-slate-700">
                      <span className="font-medium">{ta('project.decisionMessage')}</span> {a.decisionMessage}
                    </p>
                  )}
                  {owner && (
                    <div className="mt-2 flex flex-wrap gap-2">
                      {a.status === 'DRAFT' && (
                        <Button asChild size="sm" variant="secondary">
                          <Link href={`/projects/${id}/apply/${a.round.id}`}>{ta('project.continue')}</Link>
                        </Button>
                      )}
                      {canMove(a.status, 'WITHDRAWN', 'owner') && (
                        <ActionButton action={withdrawApplicationAction} fields={{ applicationId: a.id }} success={ta('project.withdrawn')} variant="outline" confirm={ta('project.withdrawConfirm')}>
                          {ta('project.withdraw')}
                        </ActionButton>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {owner &&
              rounds
                .filter((r) => !applied.has(r.id))
                .map((r) => (
                  <div key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-brand-50 p-3">
                    <div>
                      <p className="font-medium text-brand-900">{r.name}</p>
                      <p className="text-xs text-brand-800">{ta('round.closes', { date: formatDay(r.closesAt, locale, tz) })}</p>
                    </div>
                    <Button asChild size="sm">
                      <Link href={`/projects/${id}/apply/${r.id}`}>
                        {ta('project.apply')} <ArrowRight className="size-4" aria-hidden />
                      </Link>
                    </Button>
                  </div>
                ))}
          </CardBody>
        </Card>

        <Card aria-labelledby="team-manage-title">
          <CardHeader>
            <CardTitle id="team-manage-title">{t('detail.team')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            <ul className="divide-y divide-slate-100">
              {project.members.map((m) => (
                <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="font-medium">
                    {m.user.name} <Badge tone={m.role === 'OWNER' ? 'brand' : 'neutral'}>{t(`teamRole.${m.role}`)}</Badge>
                  </span>
                  <span className="flex flex-wrap gap-2">
                    {owner && m.role === 'MEMBER' && (
                      <>
                        <ActionButton action={transferOwnershipAction} fields={{ projectId: id, userId: m.user.id }} success={t('team.transferred')} variant="outline" confirm={t('team.transferConfirm', { name: m.user.name })}>
                          {t('team.transfer')}
                        </ActionButton>
                        <ActionButton action={removeMemberAction} fields={{ projectId: id, userId: m.user.id }} success={t('team.removed')} variant="ghost" confirm={t('team.removeConfirm', { name: m.user.name })}>
                          {t('team.remove')}
                        </ActionButton>
                      </>
                    )}
                    {m.user.id === user.id && m.role === 'MEMBER' && (
                      <ActionButton action={leaveProjectAction} fields={{ projectId: id }} success={t('team.left')} variant="outline" confirm={t('team.leaveConfirm')}>
                        {t('team.leave')}
                      </ActionButton>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            {owner && project.invitations.length > 0 && (
              <div>
                <h3 className="mb-2 text-sm font-medium text-slate-800">{t('team.pending')}</h3>
                <ul className="space-y-2">
                  {project.invitations.map((i) => (
                    <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                      <span className="break-all text-slate-700">{i.email}</span>
                      <ActionButton action={cancelInvitationAction} fields={{ invitationId: i.id }} success={t('team.invitationCancelled')} variant="ghost">
                        {t('team.cancelInvitation')}
                      </ActionButton>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {!owner && project.invitationCount > 0 && <p className="text-sm text-slate-600">{t('invitationsPendingCount', { n: project.invitationCount })}</p>}
            {owner && <InviteForm projectId={id} />}
          </CardBody>
        </Card>

        <Card aria-labelledby="milestones-manage-title">
          <CardHeader>
            <CardTitle id="milestones-manage-title">{t('milestones.title')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            {project.milestones.length === 0 && <p className="text-sm text-slate-500">{t('milestones.empty')}</p>}
            <ul className="divide-y divide-slate-100">
              {project.milestones.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className={m.done ? 'text-slate-500 line-through' : 'font-medium'}>
                    {m.title} <span className="text-xs font-normal text-slate-500">{formatDay(m.dueOn, locale, 'UTC')}</span>
                  </span>
                  <span className="flex gap-2">
                    <ActionButton action={toggleMilestoneAction} fields={{ milestoneId: m.id }} success={t('milestones.updated')} variant="outline">
                      {m.done ? t('milestones.reopen') : t('milestones.markDone')}
                    </ActionButton>
                    <ActionButton action={deleteMilestoneAction} fields={{ milestoneId: m.id }} success={t('milestones.deleted')} variant="ghost">
                      {t('milestones.delete')}
                    </ActionButton>
                  </span>
                </li>
              ))}
            </ul>
            <MilestoneForm projectId={id} />
          </CardBody>
        </Card>

        <Card aria-labelledby="mentors-manage-title">
          <CardHeader>
            <CardTitle id="mentors-manage-title">{t('detail.mentors')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3">
            {projectMentorships.length === 0 && <p className="text-sm text-slate-500">{t('detail.noMentors')}</p>}
            <ul className="space-y-2">
              {projectMentorships.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <Link href={`/mentors/${m.mentor.id}`} className="font-medium text-brand-700 underline">
                    {m.mentor.name}
                  </Link>
                  <span className="flex items-center gap-2">
                    <Badge tone={m.status === 'ACTIVE' ? 'success' : m.status === 'DECLINED' ? 'danger' : 'warning'}>{t(`mentorshipStatus.${m.status}`)}</Badge>
                    {m.status === 'ACTIVE' && (
                      <ActionButton action={endMentorshipAction} fields={{ mentorshipId: m.id }} success={t('manage.mentorshipEnded')} variant="ghost" confirm={t('manage.endConfirm')}>
                        {t('manage.endMentorship')}
                      </ActionButton>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            <Button asChild size="sm" variant="secondary">
              <Link href="/mentors">{t('manage.findMentor')}</Link>
            </Button>
          </CardBody>
        </Card>
      </div>

      {owner && (
        <PicturesCard slot="projectCover" subjectId={id} name={project.name} imageKey={project.coverKey} label={tm('projectCover')} gallery={{ kind: 'PROJECT', images: gallery }} />
      )}

      {owner && (
        <Card aria-labelledby="edit-title">
          <CardHeader>
            <CardTitle id="edit-title">{t('manage.edit')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ProjectForm
              project={{
                id,
                name: project.name,
                pitch: project.pitch,
                description: project.description,
                sectors: project.sectors,
                stage: project.stage,
                organization: project.organization,
                location: project.location,
                links: project.links,
                needs: project.needs,
                visibility: project.visibility,
              }}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
