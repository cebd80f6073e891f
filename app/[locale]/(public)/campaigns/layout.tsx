import { ClientMessages } from '@/i18n/client-messages';

/** The campaign browse and campaign pages: the browser's messages of their forms and islands. */
export default function Layout({ children, params }: LayoutProps<'/[locale]/campaigns'>) {
  return <ClientMessages scope="public/campaigns" params={params}>{children}</ClientMessages>;
}
