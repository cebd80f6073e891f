import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const [t, tApi] = await Promise.all([getTranslations('common'), getTranslations('apiReference')]);
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-slate-500">
        <p>© 2026 {t('appName')}</p>
        <p className="flex flex-wrap items-center gap-4">
          <span>{t('footerNote')}</span>
          <Link href="/api-docs" className="hover:text-slate-700">
            {tApi('footerLink')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
