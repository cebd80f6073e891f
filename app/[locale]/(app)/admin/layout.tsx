import { requirePagePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/i18n/client-messages';

// Checked here as well as in each page: a layout sits above the page's loading boundary, so a
// member without the permission gets a real 404 status, not a streamed 200 with a 404 body.
export default async function AdminLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  await requirePagePermission('user:list');
  return <ClientMessages scope="app/admin">{children}</ClientMessages>;
}
