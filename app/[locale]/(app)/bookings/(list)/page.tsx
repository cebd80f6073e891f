import type { Metadata } from 'next';
import { CalendarSearch, ShieldCheck } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { deskPickerDefaults, listResources, listSpaces, listZones } from '@/lib/bookings/queries';
import { resourceFilterSchema } from '@/lib/bookings/schemas';
import { cursorParam } from '@/lib/validation';
import { pageAfter } from '@/lib/paging';
import { RESOURCE_KINDS } from '@/lib/bookings/rules';
import { formatRange } from '@/lib/format';
import { zonedInstant, zoneOf } from '@/lib/time';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMore } from '@/components/ui/load-more';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { ResourcePhoto } from '@/components/bookings/resource-photo';
import { DeskPicker } from '@/components/bookings/desk-picker';

/** Resource cards per page: a large space has hundreds of desks and rooms. */
const PAGE_SIZE = 24;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('bookings');
  return { title: t('title') };
}

export default async function BookingsPage({ params, searchParams }: PageProps<'/[locale]/bookings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const sp = await searchParams;
  const filter = resourceFilterSchema.parse(sp);
  const cursor = cursorParam().parse(sp.cursor);
  const [resources, zones, spaces] = await Promise.all([listResources(filter), listZones(), listSpaces()]);
  const t = await getTranslations('bookings');
  const tk = await getTranslations('resources.kind');
  const td = await getTranslations('deskPick');
  const picker = spaces[0] ? deskPickerDefaults(spaces[0]) : null;
  const rangeOn = !!(filter.freeDate && filter.freeFrom && filter.freeTo && filter.freeTo > filter.freeFrom);
  // A page of the filtered list at a time, after the last card shown.
  const { items: shown, offset: start, nextCursor } = pageAfter(resources, cursor, PAGE_SIZE);
  const moreQuery = new URLSearchParams(Object.entries({ ...filter, cursor: nextCursor }).filter((e): e is [string, string] => typeof e[1] === 'string'));

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild variant="outline">
            <Link href="/bookings/mine">{t('mine')}</Link>
          </Button>
        }
      />

      {spaces[0] && picker && (
        <Card aria-labelledby="deskpick-title">
          <CardHeader>
            <div>
              <CardTitle id="deskpick-title">{td('title')}</CardTitle>
              <CardDescription>{td('description')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <DeskPicker spaceId={spaces[0].id} zones={zones} timeZone={spaces[0].timeZone} today={picker.today} defaultDate={picker.date} defaultStart={picker.start} />
          </CardBody>
        </Card>
      )}

      <form method="get" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-2 sm:items-end lg:grid-cols-5" aria-label={t('filters')}>
        <div className="space-y-1.5">
          <Label htmlFor="f-kind">{t('filterKind')}</Label>
          <Select id="f-kind" name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">{t('allKinds')}</option>
            {RESOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="f-zone">{t('filterZone')}</Label>
          <Select id="f-zone" name="zone" defaultValue={filter.zone ?? ''}>
            <option value="">{t('anyZone')}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </div>
        <fieldset className="grid grid-cols-3 gap-2 sm:col-span-2">
          <legend className="mb-1.5 text-sm font-medium text-slate-800">{td('rangeFilter')}</legend>
          <div className="space-y-1.5">
            <Label htmlFor="f-free-date">{td('freeDate')}</Label>
            <Input id="f-free-date" type="date" name="freeDate" defaultValue={filter.freeDate ?? ''} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="f-free-from">{td('freeFrom')}</Label>
            <Input id="f-free-from" type="time" name="freeFrom" defaultValue={filter.freeFrom ?? ''} step={1800} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="f-free-to">{td('freeTo')}</Label>
            <Input id="f-free-to" type="time" name="freeTo" defaultValue={filter.freeTo ?? ''} step={1800} />
          </div>
        </fieldset>
        <Button type="submit" variant="secondary">
          {t('applyFilters')}
        </Button>
      </form>

      {rangeOn && (
        <p className="text-sm text-slate-600" data-testid="range-active">
          {td('rangeActive', { when: formatRange(zonedInstant(filter.freeDate!, filter.freeFrom!, zoneOf(spaces[0])), zonedInstant(filter.freeDate!, filter.freeTo!, zoneOf(spaces[0])), locale, zoneOf(spaces[0])) })}
        </p>
      )}

      {resources.length === 0 ? (
        <EmptyState icon={CalendarSearch} title={t('noResourcesTitle')} description={t('noResourcesBody')} />
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="resources-shown">
            {t('resourcesShown', { from: start + 1, to: start + shown.length, total: resources.length })}
          </p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/bookings/resources/${r.id}`}
                  className="block h-full rounded-2xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  <ResourcePhoto resource={r} className="-mx-1 -mt-1 mb-3" />
                  <div className="flex items-start justify-between gap-2">
                    <p className="font-semibold text-slate-900">{r.name}</p>
                    <Badge tone="brand">{tk(r.kind)}</Badge>
                  </div>
                  <p className="mt-1 text-xs text-slate-500">
                    {r.space.name}
                    {r.zone && ` · ${r.zone}`} · {t('capacity', { n: r.capacity })}
                  </p>
                  {r.description && <p className="mt-2 line-clamp-2 text-sm text-slate-600">{r.description}</p>}
                  <div className="mt-3 flex flex-wrap gap-1.5">
                    {r.requiresApproval && <Badge tone="warning">{t('approvalBadge')}</Badge>}
                    {r.requiredCertification && (
                      <Badge tone="danger">
                        <ShieldCheck className="size-3" aria-hidden />
                        {r.requiredCertification.name}
                      </Badge>
                    )}
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          {nextCursor && <LoadMore href={`/bookings?${moreQuery}`} label={t('moreResources')} />}
        </>
      )}
    </div>
  );
}
