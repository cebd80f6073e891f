import { ClientMessages } from '@/i18n/client-messages';

/** The browser's messages of this section's client components (i18n/client-namespaces.ts). */
export default function Layout({ children }: LayoutProps<'/[locale]/mentors'>) {
  return <ClientMessages scope="app/mentors">{children}</ClientMessages>;
}
