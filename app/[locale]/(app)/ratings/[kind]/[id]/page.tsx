import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { kindOfSlug } from '@/lib/ratings/policy';
import { getRatingPage } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDateTime } from '@/lib/format';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/i18n/navigation';
import { RatingForm } from '@/components/ratings/rating-form';
import { RatingRounds } from '@/components/ratings/rating-rounds';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('pageTitle') };
}

export default async function RatingPage({ params }: PageProps<'/[locale]/ratings/[kind]/[id]'>) {
  const { locale, kind, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const recordKind = kindOfSlug(kind);
  const page = recordKind ? await getRatingPage(user, recordKind, id) : null;
  if (!page) notFound();
  const [t, tz] = await Promise.all([getTranslations('ratings'), findDefaultTimeZone()]);
  const latest = page.rounds.at(-1);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={page.subject} description={`${t(`serviceTypes.${page.serviceType}`)} · ${t('recordAt', { when: formatDateTime(page.at, locale, tz) })}`} />
      <p className="text-sm">
        <Link href={page.link} className="text-brand-700 hover:underline">{t('viewRecord')}</Link>
      </p>
      {page.rounds.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>{t('yourRatings')}</CardTitle>
          </CardHeader>
          <CardBody>
            <RatingRounds rounds={page.rounds} timeZone={tz} />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{page.nextRound && page.nextRound > 1 ? t('rateAgain') : t('pageTitle')}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          {page.nextRound ? (
            <>
              <p className="text-sm text-slate-600">{page.nextRound > 1 ? t('rateAgainHint') : t('pageLead')}</p>
              <RatingForm kind={page.kind} recordId={page.id} />
            </>
          ) : (
            <p className="text-sm text-slate-600">{latest?.case && latest.round === 1 && !['FIXED', 'EXPLAINED', 'APPEAL_UPHELD'].includes(latest.case.status) ? t('waitForCase') : t('noMoreRounds')}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
