import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PRIVACY_VERSION } from '@/lib/accounts/legal';
import { LegalDocument } from '@/components/accounts/legal-document';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal');
  return { title: t('privacy.title') };
}

export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LegalDocument doc="privacy" version={PRIVACY_VERSION} locale={locale} />;
}
