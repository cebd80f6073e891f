import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { ProjectGallery } from './project-gallery';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('gallery.title') };
}

// Filtered, sorted and paged views, per request as the member sees them. Without a query, a
// visitor gets the cached entry instead (proxy.ts, app/[locale]/(public)/entry/projects).
export default async function ProjectsPage({ params, searchParams }: PageProps<'/[locale]/projects'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  return <ProjectGallery user={await getCurrentUser()} sp={sp} />;
}
