import { setRequestLocale } from 'next-intl/server';

// The locale is set here, so the cached pages below stay static. The browser's messages come from
// each section's layout (i18n/client-messages): the public pages that need none but the root's
// get none.
export default async function PublicLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return children;
}
