import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

/** An account page: the browser's messages of its form. */
export default async function Layout({ children, params }: LayoutProps<'/[locale]/verify-email'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ClientMessages scope="public/accounts">{children}</ClientMessages>;
}
