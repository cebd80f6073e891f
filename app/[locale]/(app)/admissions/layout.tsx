import { requirePagePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/i18n/client-messages';

// Checked here as well as in each page, above the loading boundaries: a member who is not an
// operator gets a real 404 status.
export default async function AdmissionsLayout({ children }: LayoutProps<'/[locale]/admissions'>) {
  await requirePagePermission('space:operate');
  return <ClientMessages scope="app/admissions">{children}</ClientMessages>;
}
