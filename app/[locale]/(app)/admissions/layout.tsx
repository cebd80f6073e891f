import { requirePagePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/i18n/client-messages';
import { ConsoleFrame } from '@/components/console/console-frame';
import { loadInboxCounts } from '@/lib/console/inbox-queries';

// Checked here as well as in each page, above the loading boundaries: a member who is not an
// operator gets a real 404 status. In the console's frame: its navigation links here.
export default async function AdmissionsLayout({ children }: LayoutProps<'/[locale]/admissions'>) {
  const operator = await requirePagePermission('space:operate');
  return (
    <ClientMessages scope="app/admissions">
      <ConsoleFrame staff={operator} counts={await loadInboxCounts(operator)}>{children}</ConsoleFrame>
    </ClientMessages>
  );
}
