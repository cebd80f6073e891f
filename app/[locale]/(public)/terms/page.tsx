import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TERMS_VERSION } from '@/lib/accounts/legal';
import { LegalDocument } from '@/components/accounts/legal-document';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal');
  return { title: t('terms.title') };
}

// Cached page (lib/cache): rendered on its first request per language, kept from then on.
export function generateStaticParams() {
  return [];
}

export default async function TermsPage({ params }: PageProps<'/[locale]/terms'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LegalDocument doc="terms" version={TERMS_VERSION} locale={locale} />;
}
