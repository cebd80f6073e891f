import { requireUser } from '@/lib/auth/session';
import { isSessionEmailVerified } from '@/lib/users/queries';
import { VerifyEmailBanner } from '@/components/accounts/verify-email-banner';
import { ClientMessages } from '@/i18n/client-messages';

// Signed-in area. This check is convenience (a signed-out visitor goes to sign-in);
// every page and action below checks again for what it needs. Its messages are the banner's; each
// section's layout adds its own.
export default async function AppLayout({ children }: LayoutProps<'/[locale]'>) {
  const user = await requireUser();
  const verified = await isSessionEmailVerified(user.id);
  return (
    <ClientMessages scope="app">
      <div className="mx-auto w-full max-w-6xl px-4 py-8">
        {!verified && <VerifyEmailBanner />}
        {children}
      </div>
    </ClientMessages>
  );
}
