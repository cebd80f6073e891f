import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

/** The project gallery and project pages: the browser's messages of their forms and islands. */
export default async function Layout({ children, params }: LayoutProps<'/[locale]/projects'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ClientMessages scope="public/projects">{children}</ClientMessages>;
}
