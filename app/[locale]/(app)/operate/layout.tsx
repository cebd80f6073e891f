import { requirePagePermission } from '@/lib/auth/session';
import { permissionsOf } from '@/lib/auth/permissions';
import { loadInboxCounts } from '@/lib/console/inbox-queries';
import { ConsoleSidebar } from '@/components/console/console-sidebar';
import { ClientMessages } from '@/i18n/client-messages';

// Checked here as well as in each page: a layout sits above the loading boundary, so a member
// without the permission gets a real 404 status, not a streamed 200 with a 404 body.
export default async function OperateLayout({ children }: LayoutProps<'/[locale]/operate'>) {
  const operator = await requirePagePermission('space:operate');
  const counts = await loadInboxCounts(operator);
  return (
    <ClientMessages scope="app/operate">
      <div className="lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-8">
        <ConsoleSidebar permissions={[...permissionsOf(operator.roles)]} counts={counts} />
        <div className="min-w-0">{children}</div>
      </div>
    </ClientMessages>
  );
}
