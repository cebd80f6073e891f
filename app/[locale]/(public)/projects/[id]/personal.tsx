'use server';

import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { findProject } from '@/lib/projects/queries';
import { ProjectActions, ProjectIntroduction } from '@/components/projects/project-detail';
import { ProjectCampaigns } from '@/components/projects/project-campaigns';
import { listProjectCampaigns } from '@/lib/campaigns/queries';

/**
 * The personal parts of a cached project page, for the member looking: follow or manage, an
 * investor's introduction request, and the campaigns they may see (the team's drafts and those
 * under review too, which the cached page never holds).
 */
export async function loadProjectPersonal(projectId: string) {
  const id = z.string().min(1).max(64).safeParse(projectId);
  if (!id.success) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const project = await findProject(user, id.data);
  if (!project) return null;
  const campaigns = await listProjectCampaigns(user, project.id);
  return {
    actions: <ProjectActions project={project} user={user} />,
    intro: <ProjectIntroduction project={project} user={user} />,
    campaigns: <ProjectCampaigns campaigns={campaigns} />,
  };
}
