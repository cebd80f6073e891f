'use client';

import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/form-alert';
import { cn } from '@/components/ui/cn';

import type { BulkOutcome } from '@/lib/console/bulk';

export type { BulkOutcome };

/** What a bulk action did: which rows it applied and which it refused, each with the reason. */
export function BulkResult({ outcome, labels, onDismiss }: { outcome: BulkOutcome; labels: Record<string, string>; onDismiss: () => void }) {
  const t = useTranslations('console.bulk');
  const errorText = useErrorText();
  return (
    <div
      role="status"
      data-testid="bulk-result"
      className={cn('mb-4 rounded-lg border p-4 text-sm', outcome.refused.length ? 'border-amber-300 bg-amber-50' : 'border-emerald-300 bg-emerald-50')}
    >
      <div className="flex items-start justify-between gap-4">
        <p className="font-medium">{t('summary', { applied: outcome.applied.length, refused: outcome.refused.length })}</p>
        <button type="button" className="text-slate-600 underline" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      {outcome.applied.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-slate-700">{t('appliedList', { n: outcome.applied.length })}</summary>
          <ul className="mt-1 list-disc pl-5 text-slate-700">
            {outcome.applied.map((a) => (
              <li key={a.id}>{labels[a.id] ?? a.id}</li>
            ))}
          </ul>
        </details>
      )}
      {outcome.refused.length > 0 && (
        <ul className="mt-2 space-y-1" data-testid="bulk-refused">
          {outcome.refused.map((r) => (
            <li key={r.id}>
              <span className="font-medium">{labels[r.id] ?? r.id}</span>
              <span className="text-slate-700">{t('refusedBecause', { reason: errorText(r.message) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
