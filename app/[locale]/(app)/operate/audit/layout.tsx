import { requirePagePermission } from '@/lib/auth/session';

// Admins only, checked above the loading boundary so anyone else gets a real 404.
export default async function AuditLayout({ children }: LayoutProps<'/[locale]/operate/audit'>) {
  await requirePagePermission('audit:list');
  return children;
}
