import { requirePagePermission } from '@/lib/auth/session';
import { ConsoleFrame } from '@/components/console/console-frame';
import { loadInboxCounts } from '@/lib/console/inbox-queries';
import { ClientMessages } from '@/i18n/client-messages';

// Checked here as well as in each page: a layout sits above the loading boundary, so a member
// without the permission gets a real 404 status, not a streamed 200 with a 404 body.
export default async function OperateLayout({ children }: LayoutProps<'/[locale]/operate'>) {
  const operator = await requirePagePermission('space:operate');
  return (
    <ClientMessages scope="app/operate">
      <ConsoleFrame staff={operator} counts={await loadInboxCounts(operator)}>{children}</ConsoleFrame>
    </ClientMessages>
  );
}
