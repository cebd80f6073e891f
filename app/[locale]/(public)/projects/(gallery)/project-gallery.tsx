import { FolderSearch, Plus, Search } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/users/queries';
import { PROJECT_NEEDS, PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';
import { listProjects } from '@/lib/projects/queries';
import { projectSearchSchema } from '@/lib/projects/schemas';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { Button } from '@/components/ui/button';
import { LoadMore } from '@/components/ui/load-more';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectCard } from '@/components/projects/project-card';
import { PersonalSlot } from '@/components/layout/personal-islands';
import { MembersOnlySection } from '@/components/layout/members-only';

/** "New project", for those who may create one. */
export async function ProjectGalleryActions({ user }: { user: SessionUser | null }) {
  if (!can(user, 'project:create')) return null;
  const t = await getTranslations('projects');
  return (
    <Button asChild>
      <Link href="/projects/new">
        <Plus className="size-4" aria-hidden /> {t('gallery.create')}
      </Link>
    </Button>
  );
}

/**
 * The personal part of the cached gallery for a signed-in member: what a visitor does not see,
 * first page only, with a way to the full list (rendered per request).
 */
export async function ProjectsBeyondPublic({ user }: { user: SessionUser }) {
  const page = await listProjects(user, projectSearchSchema.parse({}), { beyondPublic: true });
  if (page.items.length === 0) return null;
  return (
    <MembersOnlySection kind="projects" more={page.nextCursor ? '/projects?sort=active' : null}>
      {page.items.map((p) => (
        <ProjectCard key={p.id} project={p} />
      ))}
    </MembersOnlySection>
  );
}

/**
 * The project gallery, for /projects with its filters (per request, as the member) and for its
 * cached entry without a query (`cached`: as a visitor, tagged with what its cards show, with
 * slots for the member's own actions and what only members see, filled by the page's island).
 */
export async function ProjectGallery({ user, sp, cached = false }: { user: SessionUser | null; sp: Record<string, string | string[] | undefined>; cached?: boolean }) {
  // Each parameter on its own: the gallery's form sends empty selects, which mean "no filter".
  const query = projectSearchSchema.parse(sp);
  const [t, ts] = await Promise.all([getTranslations('projects'), getTranslations('projectSort')]);
  const page = await listProjects(user, query);
  if (cached) await tagPage(TAGS.projects, ...page.items.map((p) => TAGS.project(p.id)));
  const filtered = !!(query.q || query.sector || query.stage || query.need);
  const next = new URLSearchParams(
    Object.entries({ q: query.q, sector: query.sector, stage: query.stage, need: query.need, sort: query.sort, cursor: page.nextCursor ?? undefined }).filter((e): e is [string, string] => !!e[1]),
  );

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8">
      <PageHeader
        title={t('gallery.title')}
        description={t('gallery.description')}
        actions={
          cached ? (
            // Room kept for the member's button, so nothing moves when it arrives.
            <div className="flex min-h-10 flex-wrap gap-2">
              <PersonalSlot name="actions" />
            </div>
          ) : (
            await ProjectGalleryActions({ user })
          )
        }
      />
      <form role="search" className="mb-6 grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
        <label className="sr-only" htmlFor="project-q">{t('gallery.search')}</label>
        <Input id="project-q" name="q" type="search" defaultValue={query.q ?? ''} placeholder={t('gallery.searchPlaceholder')} />
        <label className="sr-only" htmlFor="project-sector">{t('form.sectors')}</label>
        <Select id="project-sector" name="sector" defaultValue={query.sector ?? ''}>
          <option value="">{t('gallery.allSectors')}</option>
          {PROJECT_SECTORS.map((s) => (
            <option key={s} value={s}>{t(`sector.${s}`)}</option>
          ))}
        </Select>
        <label className="sr-only" htmlFor="project-stage">{t('form.stage')}</label>
        <Select id="project-stage" name="stage" defaultValue={query.stage ?? ''}>
          <option value="">{t('gallery.allStages')}</option>
          {PROJECT_STAGES.map((s) => (
            <option key={s} value={s}>{t(`stage.${s}`)}</option>
          ))}
        </Select>
        <label className="sr-only" htmlFor="project-need">{t('form.needs')}</label>
        <Select id="project-need" name="need" defaultValue={query.need ?? ''}>
          <option value="">{t('gallery.allNeeds')}</option>
          {PROJECT_NEEDS.map((n) => (
            <option key={n} value={n}>{t(`need.${n}`)}</option>
          ))}
        </Select>
        <label className="sr-only" htmlFor="project-sort">{ts('label')}</label>
        <Select id="project-sort" name="sort" defaultValue={query.sort ?? ''}>
          <option value="">{ts('active')}</option>
          <option value="newest">{ts('newest')}</option>
          <option value="featured">{ts('featured')}</option>
        </Select>
        <Button type="submit" variant="secondary">
          <Search className="size-4" aria-hidden /> {t('gallery.search')}
        </Button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState
          icon={FolderSearch}
          title={filtered ? t('gallery.noMatchTitle') : t('gallery.emptyTitle')}
          description={filtered ? t('gallery.noMatchBody') : t('gallery.emptyBody')}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href="/projects">{t('gallery.clear')}</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((p, i) => (
            <ProjectCard key={p.id} project={p} priority={i === 0} />
          ))}
        </ul>
      )}
      {page.nextCursor && <LoadMore href={`/projects?${next.toString()}`} label={t('gallery.more')} />}
      {cached && <PersonalSlot name="beyondPublic" />}
    </div>
  );
}
