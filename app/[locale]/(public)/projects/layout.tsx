import { ClientMessages } from '@/i18n/client-messages';

/** The project gallery and project pages: the browser's messages of their forms and islands. */
export default function Layout({ children, params }: LayoutProps<'/[locale]/projects'>) {
  return <ClientMessages scope="public/projects" params={params}>{children}</ClientMessages>;
}
