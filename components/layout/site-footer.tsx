import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-slate-500">
        <p>© 2026 {t('appName')}</p>
        <p>{t('footerNote')}</p>
      </div>
    </footer>
  );
}
