import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { findEventForOperator } from '@/lib/events/queries';

// An event outside the operator's scope is a real 404, decided before anything streams.
export default async function OperateEventLayout({ children, params }: LayoutProps<'/[locale]/operate/events/[id]'>) {
  const { id } = await params;
  if (!(await findEventForOperator(await requirePagePermission('event:manage'), id))) notFound();
  return children;
}
