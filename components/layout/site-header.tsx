import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';
import { HeaderDesktopNav, HeaderMobileNav } from './header-nav';
import { HeaderAccount } from './header-account';
import { Logo } from './logo';

/**
 * The site header. It reads no session: every page's HTML (cached public pages included) holds
 * the visitor's header, and the personal parts (member items, bell, account menu) are islands
 * fed by /api/me. Fits 360 to 1920 px in both languages: the name truncates before anything
 * else gives way, items move into "More", the avatar's box never shrinks.
 */
export async function SiteHeader() {
  const tc = await getTranslations('common');
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-3 sm:gap-3 sm:px-4">
        <HeaderMobileNav />
        <Link href="/" className="flex min-w-0 items-center gap-2 font-semibold text-slate-900">
          <Logo />
          <span className="truncate text-lg md:sr-only lg:not-sr-only">{tc('appName')}</span>
        </Link>
        <HeaderDesktopNav />
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          <Suspense fallback={<span className="inline-block h-8 w-[4.75rem]" aria-hidden />}>
            <LocaleSwitcher />
          </Suspense>
          <HeaderAccount />
        </div>
      </div>
    </header>
  );
}
