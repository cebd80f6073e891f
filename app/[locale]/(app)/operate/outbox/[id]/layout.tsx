import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findReceivedMail } from '@/lib/notifications/queries';

// An unknown message is a real 404, decided before anything streams.
export default async function OutboxMessageLayout({ children, params }: LayoutProps<'/[locale]/operate/outbox/[id]'>) {
  const { id } = await params;
  if (!(await findReceivedMail(await requirePagePermission('space:operate'), id))) notFound();
  return children;
}
