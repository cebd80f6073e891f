'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { Inbox } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { useErrorText } from '@/components/ui/form-alert';
import { Label, Textarea } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import { BulkResult, type BulkOutcome } from './bulk-result';
import { onQueueKeyDown, useSelection } from './use-selection';

export type BulkRow = {
  id: string;
  /** How the row is named in the result ("激光切割机 · 赵敏"). */
  label: string;
  content: ReactNode;
  /** Approving this row needs an explicit override with a reason (a rule it fails). */
  needsOverride?: boolean;
};

type Decision = 'APPROVE' | 'REJECT';

/**
 * One queue worked in bulk: a checkbox per row, select all, keyboard moves, and one approve and
 * one reject for the whole selection (a reject asks one reason for all). The server decides
 * each row on its own and answers which it applied and which it refused, shown above the list.
 * `idField` is the name the action reads the ids from (repeated form field).
 */
export function BulkQueue({
  rows,
  idField,
  action,
  labels,
  allowOverride = false,
  allowReject = true,
  readOnly = false,
}: {
  rows: BulkRow[];
  idField: string;
  action: (state: null, form: FormData) => Promise<ActionResult<BulkOutcome>>;
  labels?: { approve?: string; reject?: string; rejectTitle?: string };
  allowOverride?: boolean;
  /** False for a queue whose items can only be applied (a payout is paid or it waits). */
  allowReject?: boolean;
  readOnly?: boolean;
}) {
  const t = useTranslations('console.bulk');
  const errorText = useErrorText();
  const tv = useTranslations('validation');
  const selection = useSelection(rows.map((r) => r.id));
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ result: BulkOutcome; labels: Record<string, string> } | null>(null);
  const [dialog, setDialog] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const flagged = rows.filter((r) => r.needsOverride && selection.selected.includes(r.id));

  function submit(decision: Decision, text: string) {
    const ids = selection.selected;
    const names = Object.fromEntries(rows.filter((r) => ids.includes(r.id)).map((r) => [r.id, r.label]));
    const form = new FormData();
    for (const id of ids) form.append(idField, id);
    form.set('decision', decision);
    if (decision === 'REJECT') form.set('reason', text);
    else if (text) form.set('overrideReason', text);
    startTransition(async () => {
      const result = await action(null, form);
      if (!result.ok) {
        const field = result.fieldErrors?.reason?.[0] ?? result.fieldErrors?.overrideReason?.[0];
        if (dialog && field) setReasonError(tv(field));
        else toast.error(errorText(result.message));
        return;
      }
      setDialog(null);
      setReason('');
      setReasonError(null);
      selection.clear();
      setOutcome({ result: result.data, labels: names });
      if (result.data.refused.length === 0) toast.success(t('done', { n: result.data.applied.length }));
    });
  }

  function approve() {
    if (allowOverride && flagged.length) setDialog('APPROVE');
    else submit('APPROVE', '');
  }

  function confirmDialog() {
    if (dialog === 'REJECT' && !reason.trim()) return setReasonError(tv('reasonRequired'));
    submit(dialog!, reason.trim());
  }

  return (
    <div>
      {outcome && <BulkResult outcome={outcome.result} labels={outcome.labels} onDismiss={() => setOutcome(null)} />}
      {rows.length === 0 ? (
        <EmptyState icon={Inbox} title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <>
          {!readOnly && (
            <div className="sticky top-0 z-10 mb-2 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 backdrop-blur" role="toolbar" aria-label={t('toolbar')}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={selection.all}
                  ref={(el) => {
                    if (el) el.indeterminate = selection.some;
                  }}
                  onChange={selection.toggleAll}
                />
                {t('selectAll')}
              </label>
              <span className="text-sm text-slate-600" aria-live="polite">
                {t('selected', { n: selection.selected.length })}
              </span>
              <span className="flex-1" />
              <Button size="sm" disabled={!selection.selected.length || pending} onClick={approve} data-testid="bulk-approve">
                {labels?.approve ?? t('approve')}
              </Button>
              {allowReject && (
                <Button size="sm" variant="outline" disabled={!selection.selected.length || pending} onClick={() => setDialog('REJECT')} data-testid="bulk-reject">
                  {labels?.reject ?? t('reject')}
                </Button>
              )}
            </div>
          )}
          {!readOnly && <p className="mb-2 hidden text-xs text-slate-500 sm:block">{t('keyboardHint')}</p>}
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" onKeyDown={onQueueKeyDown}>
            {rows.map((row) => (
              <li key={row.id} data-testid="queue-row" data-id={row.id} className={cn('flex gap-3 px-3 py-3', selection.isSelected(row.id) && 'bg-brand-50/60')}>
                {!readOnly && (
                  <input
                    type="checkbox"
                    data-row-checkbox="1"
                    className="mt-1 size-4 shrink-0"
                    aria-label={t('selectRow', { name: row.label })}
                    checked={selection.isSelected(row.id)}
                    onChange={() => selection.toggle(row.id)}
                  />
                )}
                <div className="min-w-0 flex-1">{row.content}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      <Dialog open={dialog !== null} onOpenChange={(o) => { if (!o) { setDialog(null); setReasonError(null); } }}>
        {dialog && (
          <DialogContent
            title={dialog === 'REJECT' ? (labels?.rejectTitle ?? t('rejectTitle', { n: selection.selected.length })) : t('overrideTitle', { n: flagged.length })}
            description={dialog === 'REJECT' ? t('rejectDescription') : t('overrideDescription')}
            closeLabel={t('close')}
          >
            <form
              noValidate
              className="space-y-4"
              onSubmit={(e) => {
                e.preventDefault();
                confirmDialog();
              }}
            >
              {dialog === 'APPROVE' && (
                <ul className="list-disc pl-5 text-sm text-slate-700">
                  {flagged.map((r) => (
                    <li key={r.id}>{r.label}</li>
                  ))}
                </ul>
              )}
              <div className="space-y-1.5">
                <Label htmlFor="bulk-reason">{dialog === 'REJECT' ? t('reason') : t('overrideReason')}</Label>
                <Textarea
                  id="bulk-reason"
                  rows={3}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? 'bulk-reason-error' : dialog === 'APPROVE' ? 'bulk-reason-hint' : undefined}
                />
                {dialog === 'APPROVE' && (
                  <p id="bulk-reason-hint" className="text-xs text-slate-500">
                    {t('overrideHint')}
                  </p>
                )}
                {reasonError && (
                  <p id="bulk-reason-error" className="text-sm text-red-600">
                    {reasonError}
                  </p>
                )}
              </div>
              <div className="flex justify-end gap-2">
                <Button type="button" variant="ghost" onClick={() => setDialog(null)}>
                  {t('cancel')}
                </Button>
                <Button type="submit" variant={dialog === 'REJECT' ? 'danger' : 'primary'} disabled={pending} data-testid="bulk-confirm">
                  {dialog === 'REJECT' ? (labels?.reject ?? t('reject')) : t('approveWithOverride')}
                </Button>
              </div>
            </form>
          </DialogContent>
        )}
      </Dialog>
    </div>
  );
}
