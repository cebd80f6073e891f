import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { findCertificationGap, getResource, getWeekCalendar } from '@/lib/bookings/queries';
import { weekCalendarSchema } from '@/lib/bookings/schemas';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { ResourcePhoto } from '@/components/bookings/resource-photo';
import { BookingCalendar } from '@/components/bookings/booking-calendar';
import { KnownIssues } from '@/components/faults/known-issues';
import { listKnownIssues } from '@/lib/faults/queries';
import { CertificationGate } from '@/components/bookings/certification-gate';
import { RatingQrCard } from '@/components/ratings/rating-qr-card';
import { onSiteRatingUrl } from '@/lib/ratings/queries';

export async function generateMetadata({ params }: PageProps<'/[locale]/bookings/resources/[id]'>): Promise<Metadata> {
  const r = await getResource((await params).id);
  return { title: r?.name ?? '' };
}

export default async function ResourcePage({ params, searchParams }: PageProps<'/[locale]/bookings/resources/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const sp = await searchParams;
  const resource = await getResource(id);
  if (!resource) notFound();
  const calendar = await getWeekCalendar(user, id, weekCalendarSchema.parse(sp).week);
  if (!calendar) notFound();
  const t = await getTranslations('bookings');
  const tk = await getTranslations('resources.kind');
  const gap = await findCertificationGap(user, resource);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/bookings" className="text-brand-700 hover:underline">
          ← {t('backToResources')}
        </Link>
      </p>
      <PageHeader title={resource.name} description={[resource.space.name, resource.zone].filter(Boolean).join(' · ')} actions={<Badge tone="brand">{tk(resource.kind)}</Badge>} />
      {resource.description && <p className="-mt-3 max-w-3xl text-slate-600">{resource.description}</p>}
      {resource.photoKey && <ResourcePhoto resource={resource} className="max-w-xl" sizes="(min-width: 640px) 576px, 100vw" />}
      <ul className="flex flex-wrap gap-2 text-xs" aria-label={t('rulesTitle')}>
        <li><Badge>{t('ruleSlot', { n: resource.slotMinutes })}</Badge></li>
        <li><Badge>{t('ruleDuration', { min: resource.minMinutes, max: resource.maxMinutes })}</Badge></li>
        {resource.noticeMinutes > 0 && <li><Badge>{t('ruleNotice', { n: resource.noticeMinutes })}</Badge></li>}
        <li><Badge>{t('ruleHorizon', { n: resource.horizonDays })}</Badge></li>
        {resource.bufferMinutes > 0 && <li><Badge>{t('ruleBuffer', { n: resource.bufferMinutes })}</Badge></li>}
        {resource.weeklyQuotaHours != null && <li><Badge>{t('ruleQuota', { n: resource.weeklyQuotaHours })}</Badge></li>}
        {resource.requiresApproval && <li><Badge tone="warning">{t('approvalBadge')}</Badge></li>}
      </ul>
      <KnownIssues resourceId={resource.id} issues={await listKnownIssues(resource.id)} locale={locale} />
      {resource.requiredCertification && !gap && <Alert tone="info">{t('certificationNotice', { name: resource.requiredCertification.name })}</Alert>}
      {gap ? (
        <CertificationGate gap={gap} timeZone={calendar.timeZone} />
      ) : (
      <BookingCalendar
        resourceId={resource.id}
        timeZone={calendar.timeZone}
        days={calendar.days}
        slotMinutes={resource.slotMinutes}
        minMinutes={resource.minMinutes}
        maxMinutes={resource.maxMinutes}
        requiresApproval={resource.requiresApproval}
        prevWeek={calendar.prevWeek}
        nextWeek={calendar.nextWeek}
        canGoBack={calendar.weekStart > calendar.today}
      />
      )}
      <RatingQrCard url={onSiteRatingUrl({ resourceId: resource.id }, locale)} />
    </div>
  );
}
