import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { findProject } from '@/lib/projects/queries';
import { listProjectCampaigns } from '@/lib/campaigns/queries';
import { findGallery } from '@/lib/media/queries';
import { ProjectDetail } from '@/components/projects/project-detail';

export async function generateMetadata({ params }: PageProps<'/[locale]/projects/[id]/view'>): Promise<Metadata> {
  const { id } = await params;
  const project = await findProject(await getCurrentUser(), id);
  return { title: project?.name ?? '404' };
}

/**
 * A project as a signed-in member sees it: members-only and private projects (for their team)
 * too. Rendered per request, never cached; the public page (/projects/[id]) is the cached one.
 */
export default async function ProjectViewPage({ params }: PageProps<'/[locale]/projects/[id]/view'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const project = user ? await findProject(user, id) : null;
  if (!user || !project) notFound();
  const [campaigns, gallery] = await Promise.all([listProjectCampaigns(user, project.id), findGallery('PROJECT', project.id)]);
  return <ProjectDetail project={project} user={user} gallery={gallery} campaigns={campaigns} />;
}
