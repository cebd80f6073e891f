import { ClientMessages } from '@/i18n/client-messages';

/** An account page: the browser's messages of its form. */
export default function Layout({ children, params }: LayoutProps<'/[locale]/sign-up'>) {
  return <ClientMessages scope="public/accounts" params={params}>{children}</ClientMessages>;
}
