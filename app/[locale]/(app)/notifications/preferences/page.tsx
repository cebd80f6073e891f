import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { savePreferencesAction } from '@/lib/notifications/actions';
import { KIND_LIST, NOTIFICATION_KINDS, isLockedInApp } from '@/lib/notifications/kinds';
import { findMyPreferences } from '@/lib/notifications/queries';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PreferencesForm } from '@/components/notifications/preferences-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('preferencesTitle') };
}

export default async function NotificationPreferencesPage({ params, searchParams }: PageProps<'/[locale]/notifications/preferences'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const sp = await searchParams;
  const prefs = await findMyPreferences(user);
  const t = await getTranslations('notifications');
  // Operator-queue kinds only matter to those who work a queue.
  const operator = can(user, 'space:operate') || can(user, 'roleRequest:review');
  const rows = KIND_LIST.filter((k) => operator || NOTIFICATION_KINDS[k].category !== 'queue').map((kind) => ({
    kind,
    label: t(`subjects.${kind}`),
    category: NOTIFICATION_KINDS[kind].category,
    setting: prefs.settings[kind] ?? 'ALL',
    locked: isLockedInApp(kind),
  }));
  return (
    <div className="space-y-6">
      <PageHeader title={t('preferencesTitle')} description={t('preferencesLead')} />
      {sp.unsubscribed === '1' && (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
          {t('unsubscribed')}
        </p>
      )}
      <Card>
        <CardBody>
          <PreferencesForm rows={rows} emailFrequency={prefs.emailFrequency} action={savePreferencesAction} />
        </CardBody>
      </Card>
    </div>
  );
}
