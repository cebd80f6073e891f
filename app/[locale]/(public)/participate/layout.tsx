import { ClientMessages } from '@/i18n/client-messages';

/** Consultations, proposals and results are public; members-only consultations need an account. */
export default function ParticipateLayout({ children, params }: LayoutProps<'/[locale]/participate'>) {
  return (
    <ClientMessages scope="public/participate" params={params}>
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
