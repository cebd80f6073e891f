'use client';

import { useLocale, useTranslations } from 'next-intl';
import { requestDataExportAction } from '@/lib/accounts/actions';
import { formatDateTime } from '@/lib/format';
import { ActionButton } from '@/components/ui/action-button';

export type ExportRow = { id: string; status: 'PENDING' | 'READY' | 'FAILED'; createdAt: Date; expiresAt: Date | null };

export function ExportSection({ exports, now, timeZone }: { exports: ExportRow[]; now: Date; timeZone: string }) {
  const t = useTranslations('accounts');
  const locale = useLocale();
  const date = (d: Date) => formatDateTime(d, locale, timeZone, now);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('exportDescription')}</p>
      <ActionButton action={requestDataExportAction} fields={{}} success={t('exportRequested')} variant="outline">
        {t('exportButton')}
      </ActionButton>
      {exports.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm">
          {exports.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-export={e.status}>
              <span className="text-slate-600">
                {t('exportRequestedAt', { date: date(e.createdAt) })} · {t(`exportStatus.${e.status}`)}
              </span>
              {e.status === 'READY' && e.expiresAt && e.expiresAt > now ? (
                <a href={`/settings/account/export/${e.id}`} download className="font-medium text-brand-700 hover:underline">
                  {t('exportDownload', { date: date(e.expiresAt) })}
                </a>
              ) : e.status === 'READY' ? (
                <span className="text-slate-400">{t('exportExpired')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
