import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findAlternativeSlots, getFaultForMember } from '@/lib/faults/queries';
import { getRatingPage } from '@/lib/ratings/queries';
import { formatDateTime } from '@/lib/format';
import { buttonVariants } from '@/components/ui/button';
import { isOpen } from '@/lib/faults/policy';
import { Link } from '@/i18n/navigation';
import { imageSource } from '@/lib/media/pictures';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FaultStatusBadge } from '@/components/faults/fault-status-badge';
import { CancelAffectedButton, ConfirmFaultButton, RebookButton, VerifyFixForm } from '@/components/faults/member-actions';
import { FaultHistory } from '@/components/faults/fault-history';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('detailTitle') };
}

export default async function FaultPage({ params, searchParams }: PageProps<'/[locale]/faults/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const fault = await getFaultForMember(user, id);
  if (!fault) notFound();
  const sp = await searchParams;
  const t = await getTranslations('faults');
  const en = locale === 'en';
  const tz = fault.space.timeZone;
  const when = (d: Date) => formatDateTime(d, locale, tz);
  // The repair's service rating, offered to the reporter and confirmers once the fix had two days.
  const rating = await getRatingPage(user, 'FAULT_REPORT', fault.id);
  const alternatives = await Promise.all(fault.affectedBookings.map(async (b) => ({ booking: b, slots: await findAlternativeSlots(user, b.id) })));
  const category = en ? fault.category.nameEn : fault.category.nameZh;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={`${category} · ${fault.resource?.name ?? fault.space.name}`} description={t('reportedAt', { when: when(fault.createdAt) })} actions={<FaultStatusBadge status={fault.status} />} />
      {sp.reported === '1' && <Alert tone="success">{t('thanks')}</Alert>}
      {fault.duplicateOf && (
        <Alert tone="info">
          {t('duplicateOf')} <Link href={`/faults/${fault.duplicateOf.id}`} className="underline">{t('original')}</Link>
        </Alert>
      )}
      {alternatives.map(({ booking, slots }) => (
        <Card key={booking.id} className="border-amber-300">
          <CardHeader>
            <CardTitle>{t('yourBookingAffected')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3">
            <p>{t('yourBookingAt', { when: when(booking.startsAt) })}</p>
            {slots.length > 0 ? (
              <>
                <p className="text-sm font-medium">{t('nextFreeSlots')}</p>
                <ul className="space-y-2">
                  {slots.map((s) => (
                    <li key={`${s.resourceId}-${s.startsAt.toISOString()}`} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-2">
                      <span className="text-sm">{s.resourceName} · {when(s.startsAt)}</span>
                      <RebookButton bookingId={booking.id} resourceId={s.resourceId} startsAt={s.startsAt.toISOString()} label={t('rebookHere')} />
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="text-sm text-slate-600">{t('noFreeSlots')}</p>
            )}
            <CancelAffectedButton bookingId={booking.id} />
          </CardBody>
        </Card>
      ))}
      {fault.isReporter && fault.status === 'FIXED' && !fault.verifiedAt && (
        <Card>
          <CardHeader><CardTitle>{t('verifyQuestion')}</CardTitle></CardHeader>
          <CardBody><VerifyFixForm faultId={fault.id} /></CardBody>
        </Card>
      )}
      {rating?.nextRound && (
        <Card>
          <CardHeader><CardTitle>{t('rateRepairTitle')}</CardTitle></CardHeader>
          <CardBody className="space-y-3">
            <p className="text-sm text-slate-600">{t('rateRepairLead')}</p>
            <Link href={`/ratings/fault/${fault.id}`} className={buttonVariants({ size: 'sm' })}>{t('rateRepair')}</Link>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardBody className="space-y-3">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div><dt className="text-slate-500">{t('where')}</dt><dd>{[fault.resource?.name, fault.location].filter(Boolean).join(' · ') || fault.space.name}</dd></div>
            <div><dt className="text-slate-500">{t('reporter')}</dt><dd>{fault.reporterName ?? t('anonymousReporter')}{fault.anonymousToOthers && fault.reporterName ? ` (${t('anonymousToMembers')})` : ''}</dd></div>
            <div><dt className="text-slate-500">{t('expectedFix')}</dt><dd>{isOpen(fault.status) ? when(fault.expectedFixAt) : '—'}</dd></div>
            <div><dt className="text-slate-500">{t('supportersLabel')}</dt><dd>{t('supporters', { n: fault.confirmationCount })}</dd></div>
            {fault.blockId && <div className="sm:col-span-2"><dd><Alert tone="error">{t('outOfServiceNotice')}</Alert></dd></div>}
          </dl>
          <p className="whitespace-pre-wrap">{fault.description}</p>
          {fault.photoKey && (
            // Uploaded photos are served by /api/files with safe headers.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={imageSource(fault.photoKey).src} alt={t('photoAlt')} className="max-h-80 rounded-lg border border-slate-200" />
          )}
          {isOpen(fault.status) && !fault.isReporter && <ConfirmFaultButton faultId={fault.id} confirmed={fault.confirmedByMe} />}
          {fault.resource && (
            <p className="text-sm">
              <Link href={`/reliability/${fault.resource.id}`} className="text-brand-700 hover:underline">{t('reliabilityLink')}</Link>
            </p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t('history')}</CardTitle></CardHeader>
        <CardBody><FaultHistory events={fault.events.map((e) => ({ ...e, actorName: null }))} timeZone={tz} /></CardBody>
      </Card>
    </div>
  );
}
