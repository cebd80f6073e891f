import { ClientMessages } from '@/i18n/client-messages';

/** The browser's messages of this section's client components (i18n/client-namespaces.ts). */
export default function Layout({ children }: LayoutProps<'/[locale]/tasks'>) {
  return <ClientMessages scope="app/tasks">{children}</ClientMessages>;
}
