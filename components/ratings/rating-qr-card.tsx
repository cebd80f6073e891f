import { getTranslations } from 'next-intl/server';
import { QrCode } from '@/components/ui/qr-code';

/** The on-site rating QR code of a resource or an event, folded away until asked for. */
export async function RatingQrCard({ url }: { url: string }) {
  const t = await getTranslations('ratings');
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="rating-qr">
      <summary className="cursor-pointer font-medium text-slate-900">{t('qrTitle')}</summary>
      <div className="mt-3 flex flex-col items-start gap-3 sm:flex-row sm:items-center">
        <QrCode value={url} label={t('qrAlt', { url })} size={160} quiet={2} className="rounded bg-white" />
        <div className="space-y-1">
          <p className="text-slate-600">{t('qrHint')}</p>
          <a href={url} className="break-all font-mono text-xs text-brand-700 underline-offset-2 hover:underline">
            {url}
          </a>
        </div>
      </div>
    </details>
  );
}
