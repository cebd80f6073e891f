import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { isCaseClosed, lastDayOf } from '@/lib/ratings/policy';
import { getRatingCase } from '@/lib/ratings/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDateTime, formatDay } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CaseStatusBadge } from '@/components/ratings/case-badges';
import { CallBackForm, ClassifyForm, CompleteFixForm, DecideAppealForm } from '@/components/ratings/case-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ratings');
  return { title: t('caseTitle') };
}

export default async function RatingCasePage({ params }: PageProps<'/[locale]/operate/ratings/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const operator = await requirePagePermission('space:operate');
  const c = await getRatingCase(operator, id);
  if (!c) notFound();
  const [t, tz] = await Promise.all([getTranslations('ratings'), findDefaultTimeZone()]);
  const when = (d: Date) => formatDateTime(d, locale, tz);
  const admin = can(operator, 'rating:decide');
  const action =
    c.status === 'OPEN'
      ? { title: t('callBackTitle'), form: <CallBackForm caseId={c.id} /> }
      : c.status === 'CALLED_BACK'
        ? { title: t('classifyTitle'), form: <ClassifyForm caseId={c.id} /> }
        : c.status === 'FIXING'
          ? { title: t('completeFixTitle'), form: <CompleteFixForm caseId={c.id} /> }
          : c.status === 'APPEALED'
            ? { title: t('appealTitle'), form: admin ? <DecideAppealForm caseId={c.id} /> : <p className="text-sm text-slate-600">{t('appealWaiting')}</p> }
            : null;
  return (
    <div>
      <PageHeader title={`${t('caseTitle')} · ${c.rating.subject}`} description={t(`serviceTypes.${c.rating.serviceType}`)} />
      <p className="mb-4 text-sm">
        <Link href="/operate/ratings" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t('back')}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t('comment')}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone="danger">{t(`levels.${c.rating.level}`)}</Badge>
              <CaseStatusBadge status={c.status} overdue={!isCaseClosed(c.status) && c.dueAt <= new Date()} />
              {c.escalatedAt && <Badge tone="danger">{t('escalated')}</Badge>}
            </p>
            <p className="whitespace-pre-wrap text-slate-800">{c.rating.comment || t('noComment')}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-700">
              <dt className="text-slate-500">{t('openedAt')}</dt>
              <dd>{when(c.openedAt)}</dd>
              <dt className="text-slate-500">{t('due')}</dt>
              <dd>{formatDay(lastDayOf(c.dueAt), locale, tz)}</dd>
              <dt className="text-slate-500">{t('assignee')}</dt>
              <dd>{c.assignee?.name ?? t('unassigned')}</dd>
              <dt className="text-slate-500">{t('rater')}</dt>
              <dd data-testid="rater">{c.rating.rater ? `${c.rating.rater.name} · ${c.rating.rater.email}` : t('raterHidden')}</dd>
            </dl>
          </CardBody>
        </Card>
        {action && (
          <Card>
            <CardHeader>
              <CardTitle>{action.title}</CardTitle>
            </CardHeader>
            <CardBody>{action.form}</CardBody>
          </Card>
        )}
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t('history')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ul className="space-y-2 text-sm text-slate-700">
              {c.calledBackAt && (
                <li>
                  {t('historyCalledBack', { when: when(c.calledBackAt) })}: {c.callbackNote}
                </li>
              )}
              {c.classifiedAt && c.classification && (
                <li>
                  {t('historyClassified', { when: when(c.classifiedAt) })}: {t(`classifications.${c.classification}`)}
                  {c.reason && ` · ${c.reason}`}
                </li>
              )}
              {c.decidedAt && <li>{t('historyDecided', { when: when(c.decidedAt), note: c.decisionNote ?? '' })}</li>}
              {c.closedAt && <li>{t('historyClosed', { when: when(c.closedAt) })}</li>}
            </ul>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
