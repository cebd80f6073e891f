import type { Metadata } from 'next';
import { Inbox } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { roundState } from '@/lib/admissions/policy';
import { listRounds } from '@/lib/admissions/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay, formatZone } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RoundForm } from '@/components/admissions/round-form';

const ROUND_TONE = { NOT_OPEN: 'neutral', OPEN: 'success', REVIEWING: 'warning', ENDED: 'neutral' } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admissions');
  return { title: t('title') };
}

export default async function AdmissionsPage({ params }: PageProps<'/[locale]/admissions'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const [t, tc, tz, rounds] = await Promise.all([getTranslations('admissions'), getTranslations('console.admissions'), findDefaultTimeZone(), listRounds(operator)]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="rounds-title">
          <CardHeader>
            <CardTitle id="rounds-title">{t('round.list')}</CardTitle>
          </CardHeader>
          <CardBody>
            {rounds.length === 0 ? (
              <EmptyState icon={Inbox} title={t('round.emptyTitle')} description={t('round.emptyBody')} />
            ) : (
              <ul className="divide-y divide-slate-100">
                {rounds.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <Link href={`/admissions/${r.id}`} className="font-medium text-brand-700 underline">
                        {r.name}
                      </Link>
                      <p className="text-xs text-slate-500">
                        {formatDay(r.opensAt, locale, tz, now)} – {formatDay(r.closesAt, locale, tz, now)}
                      </p>
                    </div>
                    <span className="flex gap-2">
                      <Badge tone={ROUND_TONE[roundState(r, r.undecided, now)]} data-testid="round-state">{tc(`roundState.${roundState(r, r.undecided, now)}`)}</Badge>
                      <Badge tone="brand">{t('round.applications', { n: r._count.applications })}</Badge>
                      <Badge data-testid="round-places">{r.quota == null ? tc('placesUnlimited') : tc('places', { quota: r.quota, left: Math.max(0, r.quota - r.admitted) })}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card aria-labelledby="new-round-title">
          <CardHeader>
            <CardTitle id="new-round-title">{t('round.new')}</CardTitle>
          </CardHeader>
          <CardBody>
            <RoundForm zone={formatZone(locale, tz)} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
