import { HandCoins, Plus, Search } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/users/queries';
import { listCampaigns } from '@/lib/campaigns/queries';
import { CAMPAIGN_SORTS, campaignSearchSchema } from '@/lib/campaigns/schemas';
import { PROJECT_SECTORS, PROJECT_STAGES } from '@/lib/projects/policy';
import { TAGS, tagPage } from '@/lib/cache/tags';
import { Button } from '@/components/ui/button';
import { LoadMore } from '@/components/ui/load-more';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { PersonalSlot } from '@/components/layout/personal-islands';
import { MembersOnlySection } from '@/components/layout/members-only';

export type CampaignQuery = Partial<Record<'q' | 'sector' | 'stage' | 'funded' | 'endingSoon' | 'sort' | 'cursor', string>>;

/** "Start a campaign", for those with projects of their own. */
export async function CampaignBrowseActions({ user }: { user: SessionUser | null }) {
  if (!can(user, 'project:manage-own')) return null;
  const t = await getTranslations('campaigns');
  return (
    <Button asChild>
      <Link href="/dashboard/campaigns/new">
        <Plus className="size-4" aria-hidden /> {t('start')}
      </Link>
    </Button>
  );
}

/**
 * The personal part of the cached list for a signed-in member: campaigns a visitor does not see,
 * first page only, with a way to the full list (rendered per request).
 */
export async function CampaignsBeyondPublic({ user }: { user: SessionUser }) {
  const page = await listCampaigns(user, campaignSearchSchema.parse({}), { beyondPublic: true });
  if (page.items.length === 0) return null;
  const now = new Date();
  return (
    <MembersOnlySection kind="campaigns" more={page.nextCursor ? '/campaigns?sort=trending' : null}>
      {page.items.map((c) => (
        <CampaignCard key={c.id} campaign={c} now={now} />
      ))}
    </MembersOnlySection>
  );
}

/**
 * The campaign browse page, for /campaigns with its filters (per request, as the member) and for
 * its cached entry without a query (`cached`: as a visitor, tagged with what its cards show).
 */
export async function CampaignBrowse({ user, raw, cached = false }: { user: SessionUser | null; raw: CampaignQuery; cached?: boolean }) {
  const search = campaignSearchSchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  const [t, ts, tst] = await Promise.all([getTranslations('campaigns'), getTranslations('projects.sector'), getTranslations('projects.stage')]);
  const page = await listCampaigns(user, search);
  if (cached) await tagPage(TAGS.campaigns, ...new Set(page.items.map((c) => TAGS.project(c.projectId))));
  const now = new Date();
  const next = page.nextCursor ? { ...Object.fromEntries(Object.entries(raw).filter(([k, v]) => v !== undefined && k !== 'cursor')), cursor: page.nextCursor } : null;

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8">
      <PageHeader
        title={t('browseTitle')}
        description={t('browseLead')}
        actions={
          cached ? (
            // Room kept for the member's button, so nothing moves when it arrives.
            <div className="flex min-h-10 flex-wrap gap-2">
              <PersonalSlot name="actions" />
            </div>
          ) : (
            await CampaignBrowseActions({ user })
          )
        }
      />
      <form method="get" className="mb-6 grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6" role="search" aria-label={t('filters')}>
        <label className="relative lg:col-span-2">
          <span className="sr-only">{t('search')}</span>
          <Search className="pointer-events-none absolute left-3 top-3 size-4 text-slate-400" aria-hidden />
          <Input name="q" defaultValue={search.q} placeholder={t('searchPlaceholder')} className="pl-9" />
        </label>
        <label>
          <span className="sr-only">{t('sector')}</span>
          <Select name="sector" defaultValue={search.sector ?? ''}>
            <option value="">{t('allSectors')}</option>
            {PROJECT_SECTORS.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </Select>
        </label>
        <label>
          <span className="sr-only">{t('stage')}</span>
          <Select name="stage" defaultValue={search.stage ?? ''}>
            <option value="">{t('allStages')}</option>
            {PROJECT_STAGES.map((s) => (
              <option key={s} value={s}>
                {tst(s)}
              </option>
            ))}
          </Select>
        </label>
        <label>
          <span className="sr-only">{t('fundedFilter')}</span>
          <Select name="funded" defaultValue={search.funded !== undefined ? String(search.funded) : ''}>
            <option value="">{t('anyFunded')}</option>
            {[25, 50, 75, 100].map((n) => (
              <option key={n} value={n}>
                {t('fundedAtLeast', { n })}
              </option>
            ))}
          </Select>
        </label>
        <label>
          <span className="sr-only">{t('sort')}</span>
          <Select name="sort" defaultValue={search.sort}>
            {CAMPAIGN_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700 lg:col-span-2">
          <input type="checkbox" name="endingSoon" value="1" defaultChecked={search.endingSoon} className="size-4" />
          {t('endingSoon')}
        </label>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-4 lg:justify-end">
          <Button type="submit" variant="secondary">
            {t('apply')}
          </Button>
          <Button asChild variant="ghost">
            <Link href="/campaigns">{t('reset')}</Link>
          </Button>
        </div>
      </form>

      {page.items.length === 0 ? (
        <EmptyState icon={HandCoins} title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((c, i) => (
            <CampaignCard key={c.id} campaign={c} now={now} priority={i === 0} />
          ))}
        </ul>
      )}
      {next && (
        <LoadMore href={{ pathname: '/campaigns', query: next }} label={t('more')} />
      )}
      {cached && <PersonalSlot name="beyondPublic" />}
    </div>
  );
}
