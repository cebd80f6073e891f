import { requirePagePermission } from '@/lib/auth/session';
import { ConsoleFrame } from '@/components/console/console-frame';
import { loadInboxCounts } from '@/lib/console/inbox-queries';

// Operators only; others get a real 404 before the loading boundary streams. In the console's
// frame: its navigation links here.
export default async function OperationsLayout({ children }: LayoutProps<'/[locale]/tasks/operations'>) {
  const operator = await requirePagePermission('task:resolve-dispute');
  return <ConsoleFrame staff={operator} counts={await loadInboxCounts(operator)}>{children}</ConsoleFrame>;
}
