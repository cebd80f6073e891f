import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProjectGallery } from '../../projects/(gallery)/project-gallery';
import { PersonalIslands } from '@/components/layout/personal-islands';
import { loadProjectsPersonal } from './personal';

// /projects without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): rendered as a visitor sees it and cached, dropped on every instance when a project on
// it changes or a new one appears. A signed-in member gets the same HTML; their button and the
// projects only members see come through the island, below the list.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('gallery.title') };
}

export default async function ProjectsEntryPage({ params }: PageProps<'/[locale]/entry/projects'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <PersonalIslands load={loadProjectsPersonal} version="projects">
      <ProjectGallery user={null} sp={{}} cached />
    </PersonalIslands>
  );
}
