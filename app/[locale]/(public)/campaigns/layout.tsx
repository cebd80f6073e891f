import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

/** The campaign browse and campaign pages: the browser's messages of their forms and islands. */
export default async function Layout({ children, params }: LayoutProps<'/[locale]/campaigns'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ClientMessages scope="public/campaigns">{children}</ClientMessages>;
}
