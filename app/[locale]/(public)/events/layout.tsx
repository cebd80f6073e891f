import { ClientMessages } from '@/i18n/client-messages';

/** The events area is public; each page below checks what it needs. */
export default function EventsLayout({ children, params }: LayoutProps<'/[locale]/events'>) {
  return (
    <ClientMessages scope="public/events" params={params}>
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
