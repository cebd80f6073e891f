import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConsultationList } from '../../participate/consultation-list';

// /participate without a query, for everyone (proxy.ts rewrites it here; this path itself is not
// served): public consultations only, so the same for visitors and members. Cached, dropped on
// every instance when a consultation, a proposal, a support, an answer or a comment changes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('participate');
  return { title: t('title') };
}

export default async function ParticipateEntryPage({ params }: PageProps<'/[locale]/entry/participate'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <ConsultationList sp={{}} cached />
    </div>
  );
}
