import { requirePagePermission } from '@/lib/auth/session';

// Checked here as well as in each page: a layout sits above the loading boundary, so a member
// without the permission gets a real 404 status, not a streamed 200 with a 404 body.
export default async function OperateLayout({ children }: LayoutProps<'/[locale]/operate'>) {
  await requirePagePermission('space:operate');
  return children;
}
