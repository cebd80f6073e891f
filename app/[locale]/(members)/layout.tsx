import { requireUser } from '@/lib/auth/session';
import { ClientMessages } from '@/i18n/client-messages';

// Pages a signed-in member sees of things not public: a campaign's view for its team and the
// operators, a members-only or private project. Dynamic (they read the session), never cached;
// the page checks who may see what.
export default async function MembersLayout({ children }: LayoutProps<'/[locale]'>) {
  await requireUser();
  return <ClientMessages scope="members">{children}</ClientMessages>;
}
