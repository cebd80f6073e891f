import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/session';

/**
 * The address a machine's QR label opens. Signed in: straight to the report form for that
 * resource; signed out: to sign-in, which comes back to the form.
 */
export default async function ReportShortLink({ params }: PageProps<'/[locale]/report/[resourceId]'>) {
  const { resourceId } = await params;
  const target = `/faults/new?resource=${encodeURIComponent(resourceId)}`;
  const locale = await getLocale();
  const user = await getCurrentUser();
  return redirect({ href: user ? target : `/sign-in?next=${encodeURIComponent(target)}`, locale });
}
