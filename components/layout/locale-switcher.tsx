'use client';

import { Languages } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

/** Switches language and stays on the same page, query included. */
export function LocaleSwitcher() {
  const t = useTranslations('common');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(() => {
          router.replace({ pathname, query: Object.fromEntries(searchParams.entries()) }, { locale: next });
        })
      }
      className="inline-flex h-8 w-[4.75rem] shrink-0 items-center justify-center gap-1 rounded-lg px-1.5 text-sm text-slate-600 hover:bg-slate-100"
    >
      <Languages className="size-4" aria-hidden />
      <span className="sr-only">{t('switchLanguage')}: </span>
      <span lang={next}>{next === 'en' ? 'English' : '中文'}</span>
    </button>
  );
}
