import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listResources } from '@/lib/bookings/queries';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('labelsTitle') };
}

export default async function LabelsPage({ params }: PageProps<'/[locale]/operate/faults/labels'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission('space:operate');
  const resources = await listResources();
  const t = await getTranslations('faults');
  return (
    <div>
      <p className="mb-4 text-sm"><Link href="/operate/faults" className="text-brand-700 hover:underline">← {t('queueTitle')}</Link></p>
      <PageHeader title={t('labelsTitle')} description={t('labelsDescription')} />
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {resources.map((r) => (
          <li key={r.id}>
            <Link href={`/operate/faults/labels/${r.id}`} className="block rounded-lg border border-slate-200 bg-white p-3 text-sm font-medium text-brand-700 hover:bg-slate-50">{r.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
