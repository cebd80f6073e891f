import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getReportableResource, reportLinkFor } from '@/lib/faults/queries';
import { QrCode } from '@/components/ui/qr-code';
import { PrintButton } from '@/components/faults/print-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('faults');
  return { title: t('labelTitle') };
}

/** A label to print and stick on the machine: its QR code opens the report form for it. */
export default async function LabelPage({ params }: PageProps<'/[locale]/operate/faults/labels/[resourceId]'>) {
  const { locale, resourceId } = await params;
  setRequestLocale(locale);
  await requirePagePermission('space:operate');
  const resource = await getReportableResource(resourceId);
  if (!resource) notFound();
  const t = await getTranslations('faults');
  const url = reportLinkFor(resource.id, locale);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <div className="print:hidden"><PrintButton label={t('print')} /></div>
      <section className="rounded-2xl border-2 border-slate-900 bg-white p-6 text-center text-slate-900">
        <p className="text-sm font-semibold uppercase tracking-wide">{t('labelHeading')}</p>
        <h1 className="mt-1 text-2xl font-bold">{resource.name}</h1>
        {resource.zone && <p className="text-sm">{resource.zone}</p>}
        <div className="mt-4 flex justify-center">
          <QrCode value={url} label={t('qrAlt', { name: resource.name })} />
        </div>
        <p className="mt-3 text-base font-medium">{t('labelScan')}</p>
        <p className="mt-1 break-all text-xs" data-testid="label-url">{url}</p>
      </section>
    </div>
  );
}
