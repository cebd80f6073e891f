import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { findAccountOverview } from '@/lib/accounts/queries';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ChangeEmailForm } from '@/components/accounts/change-email-form';
import { ConsentList, type ConsentRow } from '@/components/accounts/consent-list';
import { ExportSection } from '@/components/accounts/export-section';
import { DeleteAccountForm } from '@/components/accounts/delete-account-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accounts');
  return { title: t('settingsTitle') };
}

export default async function AccountSettingsPage({ params }: PageProps<'/[locale]/settings/account'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const [account, t, timeZone] = await Promise.all([findAccountOverview(user), getTranslations('accounts'), findDefaultTimeZone()]);
  const consents = Object.fromEntries(account.consents.map((c) => [c.kind, c])) as Record<'TERMS' | 'PRIVACY' | 'LEADERBOARD' | 'PUBLIC_PROFILE', ConsentRow>;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t('settingsTitle')} description={t('settingsDescription')} />
      <Card>
        <CardBody className="space-y-4">
          <h2 className="text-lg font-semibold text-slate-900">{t('emailSection')}</h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {t('currentEmail', { email: account.email })}
            <Badge tone={account.verified ? 'success' : 'warning'}>{account.verified ? t('emailVerified') : t('emailNotVerified')}</Badge>
          </p>
          <ChangeEmailForm />
        </CardBody>
      </Card>
      <Card>
        <CardBody className="space-y-2">
          <h2 className="text-lg font-semibold text-slate-900">{t('consentSection')}</h2>
          <ConsentList consents={consents} timeZone={timeZone} />
        </CardBody>
      </Card>
      <Card>
        <CardBody className="space-y-2">
          <h2 className="text-lg font-semibold text-slate-900">{t('exportSection')}</h2>
          <ExportSection exports={account.exports} now={new Date()} timeZone={timeZone} />
        </CardBody>
      </Card>
      <Card>
        <CardBody className="space-y-2">
          <h2 className="text-lg font-semibold text-red-700">{t('deleteSection')}</h2>
          <DeleteAccountForm />
        </CardBody>
      </Card>
    </div>
  );
}
