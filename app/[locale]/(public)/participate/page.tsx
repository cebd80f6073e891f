import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConsultationList } from './consultation-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate');
  return { title: t('title') };
}

// A page further, per request. Without a query, everyone gets the cached entry instead (proxy.ts,
// app/[locale]/(public)/entry/participate).
export default async function ParticipatePage({ params, searchParams }: PageProps<'/[locale]/participate'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ConsultationList sp={await searchParams} />;
}
