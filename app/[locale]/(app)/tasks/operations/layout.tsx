import { requirePagePermission } from '@/lib/auth/session';

// Operators only; others get a real 404 before the loading boundary streams.
export default async function OperationsLayout({ children }: LayoutProps<'/[locale]/tasks/operations'>) {
  await requirePagePermission('task:resolve-dispute');
  return children;
}
