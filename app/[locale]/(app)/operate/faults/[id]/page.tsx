import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getFaultForOperator } from '@/lib/faults/queries';
import { isOpen, operatorTargets } from '@/lib/faults/policy';
import { formatDateTime } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import { imageSource } from '@/lib/media/pictures';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { FaultStatusBadge } from '@/components/faults/fault-status-badge';
import { FaultHistory } from '@/components/faults/fault-history';
import { FaultAssignForm, FaultMergeForm, FaultReplyForm, FaultStatusForm, OutOfServiceForm } from '@/components/faults/triage-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('triageTitle') };
}

export default async function FaultTriagePage({ params }: PageProps<'/[locale]/operate/faults/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const f = await getFaultForOperator(operator, id);
  if (!f) notFound();
  const t = await getTranslations('faults');
  const en = locale === 'en';
  const tz = f.space.timeZone;
  const when = (d: Date) => formatDateTime(d, locale, tz);
  const open = isOpen(f.status);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/operate/faults" className="text-brand-700 hover:underline">← {t('queueTitle')}</Link></p>
      <PageHeader title={`${en ? f.category.nameEn : f.category.nameZh} · ${f.resource?.name ?? t('theSpace')}`} description={t('reportedAt', { when: when(f.createdAt) })} actions={<FaultStatusBadge status={f.status} />} />
      {f.block && <Alert tone="error">{t('outOfServiceSince', { when: when(f.block.startsAt) })}</Alert>}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardBody className="space-y-3">
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                <div><dt className="text-slate-500">{t('reporter')}</dt><dd>{f.reporter ? `${f.reporter.name} <${f.reporter.email}>` : '—'}{f.anonymous ? ` (${t('anonymousToMembers')})` : ''}</dd></div>
                <div><dt className="text-slate-500">{t('where')}</dt><dd>{[f.resource?.name, f.location].filter(Boolean).join(' · ') || f.space.name}</dd></div>
                <div><dt className="text-slate-500">{t('expectedFix')}</dt><dd>{when(f.expectedFixAt)}</dd></div>
                <div><dt className="text-slate-500">{t('supportersLabel')}</dt><dd>{t('supporters', { n: f.confirmationCount })}</dd></div>
              </dl>
              <p className="whitespace-pre-wrap">{f.description}</p>
              {f.photoKey && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={imageSource(f.photoKey).src} alt={t('photoAlt')} className="max-h-80 rounded-lg border border-slate-200" />
              )}
              {f.duplicateOf && <p className="text-sm">{t('duplicateOf')} <Link href={`/operate/faults/${f.duplicateOf.id}`} className="underline">{t('original')}</Link></p>}
            </CardBody>
          </Card>
          {f.notices.length > 0 && (
            <Card>
              <CardHeader><CardTitle>{t('affectedBookings', { n: f.notices.length })}</CardTitle></CardHeader>
              <CardBody>
                <ul className="space-y-1 text-sm">
                  {f.notices.map((n) => (
                    <li key={n.bookingId}>{n.booking.user.name} · {when(n.booking.startsAt)} · {n.booking.status}</li>
                  ))}
                </ul>
              </CardBody>
            </Card>
          )}
          <Card>
            <CardHeader><CardTitle>{t('history')}</CardTitle></CardHeader>
            <CardBody><FaultHistory events={f.events.map((e) => ({ ...e, actorName: e.actor?.name ?? null }))} timeZone={tz} /></CardBody>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader><CardTitle>{t('setStatus')}</CardTitle></CardHeader>
            <CardBody><FaultStatusForm faultId={f.id} targets={operatorTargets(f.status)} /></CardBody>
          </Card>
          {open && f.resource && !f.block && (
            <Card>
              <CardHeader><CardTitle>{t('takeOutOfService')}</CardTitle></CardHeader>
              <CardBody><OutOfServiceForm faultId={f.id} /></CardBody>
            </Card>
          )}
          <Card>
            <CardHeader><CardTitle>{t('assign')}</CardTitle></CardHeader>
            <CardBody><FaultAssignForm faultId={f.id} operators={f.operators} current={f.assignee?.id ?? null} /></CardBody>
          </Card>
          <Card>
            <CardHeader><CardTitle>{t('reply')}</CardTitle></CardHeader>
            <CardBody><FaultReplyForm faultId={f.id} /></CardBody>
          </Card>
          {open && (
            <Card>
              <CardHeader><CardTitle>{t('merge')}</CardTitle></CardHeader>
              <CardBody>
                <FaultMergeForm faultId={f.id} targets={f.mergeTargets.map((m) => ({ id: m.id, label: `${when(m.createdAt)} · ${m.description.slice(0, 40)}` }))} />
              </CardBody>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
