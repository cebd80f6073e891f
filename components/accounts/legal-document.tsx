import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

// Sections are keys, not an array read with t.raw: the catalogs are precompiled at build time,
// so only t() returns plain text.
const SECTIONS = {
  terms: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10'],
  privacy: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'],
} as const;

/** /terms and /privacy: the text lives in the message catalogs, one version per document. */
export async function LegalDocument({ doc, version, locale }: { doc: 'terms' | 'privacy'; version: string; locale: string }) {
  const t = await getTranslations('legal');
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t(`${doc}.title`)}</h1>
      <p className="mt-2 text-sm text-slate-500">
        {t('version', { version })} ·{' '}
        <Link href={doc === 'terms' ? '/terms' : '/privacy'} locale={other} className="text-brand-700 hover:underline">
          {t('otherLanguage')}
        </Link>
      </p>
      <p className="mt-6 leading-7 text-slate-700">{t(`${doc}.intro`)}</p>
      {SECTIONS[doc].map((key) => (
        <section key={key} className="mt-6">
          <h2 className="text-lg font-semibold text-slate-900">{t(`${doc}.sections.${key}.title`)}</h2>
          <p className="mt-2 leading-7 text-slate-700">{t(`${doc}.sections.${key}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
