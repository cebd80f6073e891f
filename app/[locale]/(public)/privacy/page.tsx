import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PRIVACY_VERSION } from '@/lib/accounts/legal';
import { Alert } from '@/components/ui/alert';
import { LegalDocument } from '@/components/accounts/legal-document';
import { DeletionReport } from '@/components/accounts/delete-account-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal');
  return { title: t('privacy.title') };
}

export default async function PrivacyPage({ params, searchParams }: PageProps<'/[locale]/privacy'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { deleted } = await searchParams;
  const t = await getTranslations('accounts');
  return (
    <>
      {deleted === '1' && (
        <section className="mx-auto max-w-3xl space-y-4 px-4 pt-10" data-testid="deletion-report" aria-labelledby="deleted-title">
          <Alert tone="success">
            <p id="deleted-title" className="font-medium">
              {t('deletedTitle')}
            </p>
            <p>{t('deletedText')}</p>
          </Alert>
          <DeletionReport />
        </section>
      )}
      <LegalDocument doc="privacy" version={PRIVACY_VERSION} locale={locale} />
    </>
  );
}
