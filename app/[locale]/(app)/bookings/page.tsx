import type { Metadata } from 'next';
import { CalendarSearch, ShieldCheck } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { listResources, listSpaces, listZones } from '@/lib/bookings/queries';
import { resourceFilterSchema } from '@/lib/bookings/schemas';
import { RESOURCE_KINDS } from '@/lib/bookings/rules';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { HotDeskForm } from '@/components/bookings/hot-desk-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('bookings');
  return { title: t('title') };
}

export default async function BookingsPage({ params, searchParams }: PageProps<'/[locale]/bookings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser();
  const filter = resourceFilterSchema.parse(await searchParams);
  const [resources, zones, spaces] = await Promise.all([listResources(filter), listZones(), listSpaces()]);
  const t = await getTranslations('bookings');
  const tk = await getTranslations('resources.kind');
  const hotDeskZones = zones;

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

      {spaces[0] && (
        <Card aria-labelledby="hotdesk-title">
          <CardHeader>
            <div>
              <CardTitle id="hotdesk-title">{t('hotDeskTitle')}</CardTitle>
              <CardDescription>{t('hotDeskDescription')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            <HotDeskForm spaceId={spaces[0].id} zones={hotDeskZones} />
          </CardBody>
        </Card>
      )}

      <form method="get" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end" aria-label={t('filters')}>
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
        <div className="space-y-1.5">
          <Label htmlFor="f-free">{t('filterFreeAt')}</Label>
          <Input id="f-free" type="datetime-local" name="freeAt" defaultValue={filter.freeAt ?? ''} step={1800} />
        </div>
        <Button type="submit" variant="secondary">
          {t('applyFilters')}
        </Button>
      </form>

      {resources.length === 0 ? (
        <EmptyState icon={CalendarSearch} title={t('noResourcesTitle')} description={t('noResourcesBody')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {resources.map((r) => (
            <li key={r.id}>
              <Link
                href={`/bookings/resources/${r.id}`}
                className="block h-full rounded-2xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow focus-visible:outline-2 focus-visible:outline-brand-600"
              >
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
      )}
    </div>
  );
}
