import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getNow, getTimeZone, getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { pickClientMessages } from '@/i18n/client-namespaces';
import { env } from '@/lib/env';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { Toaster } from '@/components/ui/toaster';
import { ViewerProvider } from '@/components/layout/use-viewer';
import { RouteProgress } from '@/components/ui/route-progress';
import '../globals.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const known = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const [t, tm] = await Promise.all([getTranslations({ locale: known, namespace: 'common' }), getTranslations({ locale: known, namespace: 'media' })]);
  const social = { url: '/og-image.png', width: 1200, height: 630, alt: tm('socialTitle') };
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('tagline'),
    metadataBase: new URL(env.APP_URL),
    icons: { icon: [{ url: '/favicon.ico', sizes: '48x48' }, { url: '/icon.svg', type: 'image/svg+xml' }], apple: '/apple-touch-icon.png' },
    manifest: '/manifest.webmanifest',
    openGraph: { type: 'website', siteName: t('appName'), title: tm('socialTitle'), description: tm('socialDescription'), locale: known === 'en' ? 'en_US' : 'zh_CN', images: [social] },
    twitter: { card: 'summary_large_image', title: tm('socialTitle'), description: tm('socialDescription'), images: [social.url] },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#2446d8' };

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // No session here: the header's personal parts are islands (components/layout/header-account).
  const [t, timeZone, now, messages] = await Promise.all([getTranslations('common'), getTimeZone(), getNow(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Only what the header's islands and the error pages use: each group's layout adds its own (i18n/client-messages). */}
        <NextIntlClientProvider timeZone={timeZone} now={now} messages={pickClientMessages(messages, 'root')}>
          {/* The render's time: a new one (a refresh after an action) asks /api/me again. */}
          <ViewerProvider stamp={now.getTime()}>
            <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
              {t('skipToContent')}
            </a>
            <SiteHeader />
            <main id="main" className="flex-1">
              {children}
            </main>
            <SiteFooter />
            <Toaster />
            <RouteProgress />
          </ViewerProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
