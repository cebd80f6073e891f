import { requirePagePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/i18n/client-messages';
import { ConsoleFrame } from '@/components/console/console-frame';
import { loadInboxCounts } from '@/lib/console/inbox-queries';

// Checked here as well as in each page: a layout sits above the page's loading boundary, so a
// member without the permission gets a real 404 status, not a streamed 200 with a 404 body.
// In the console's frame: its navigation links here.
export default async function AdminLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  const admin = await requirePagePermission('user:list');
  return (
    <ClientMessages scope="app/admin">
      <ConsoleFrame staff={admin} counts={await loadInboxCounts(admin)}>{children}</ConsoleFrame>
    </ClientMessages>
  );
}
