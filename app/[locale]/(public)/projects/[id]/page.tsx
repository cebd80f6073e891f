import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { findProject } from '@/lib/projects/queries';
import { listProjectCampaigns } from '@/lib/campaigns/queries';
import { findGallery } from '@/lib/media/queries';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { ProjectDetail } from '@/components/projects/project-detail';
import { PersonalIslands, PersonalSlot } from '@/components/layout/personal-islands';
import { loadProjectPersonal } from './personal';

// Served from the cache for everyone (lib/cache): public projects only, rendered as a visitor
// sees them. A members-only or private project is a 404 here (its page is /projects/[id]/view,
// rendered per request), so its content never enters the shared cache.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/projects/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const project = await findProject(null, id);
  return { title: project?.name ?? '404' };
}

export default async function ProjectPage({ params }: PageProps<'/[locale]/projects/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await tagPage(TAGS.project(id));
  const project = await findProject(null, id);
  if (!project) notFound();
  const [campaigns, gallery] = await Promise.all([listProjectCampaigns(null, project.id), findGallery('PROJECT', project.id)]);
  return (
    <PersonalIslands load={loadProjectPersonal.bind(null, project.id)} version={`${project._count.followers}`}>
      <ProjectDetail project={project} user={null} gallery={gallery} campaigns={campaigns} islands={{ actions: <PersonalSlot name="actions" />, intro: <PersonalSlot name="intro" />, campaigns: (visitor) => <PersonalSlot name="campaigns">{visitor}</PersonalSlot> }} />
    </PersonalIslands>
  );
}
