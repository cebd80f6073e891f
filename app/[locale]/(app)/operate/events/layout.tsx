import { requirePagePermission } from '@/lib/auth/session';

// Above the loading boundary, so a member without the permission gets a real 404 status.
export default async function OperateEventsLayout({ children }: LayoutProps<'/[locale]/operate/events'>) {
  await requirePagePermission('event:manage');
  return children;
}
