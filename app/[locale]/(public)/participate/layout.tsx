import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';

/** Consultations, proposals and results are public; members-only consultations need an account. */
export default async function ParticipateLayout({ children, params }: LayoutProps<'/[locale]/participate'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ClientMessages scope="public/participate">
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
