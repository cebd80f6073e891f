import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

// The public pages' translations for the browser: their client components' namespaces only.
// The locale is set here too, so the cached pages below stay static.
export default async function PublicLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ClientMessages scope="public">{children}</ClientMessages>;
}
