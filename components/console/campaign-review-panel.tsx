'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { decideCampaignAction } from '@/lib/campaigns/actions';
import { RETURN_REASONS } from '@/lib/console/campaign-checklist';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { Label, Textarea } from '@/components/ui/input';

/**
 * The decision of the review panel: preset return reasons plus free text, and the two decisions
 * side by side. A return needs at least one reason; the reasons go to the owner as one note.
 */
export function CampaignDecision({ campaignId, title }: { campaignId: string; title: string }) {
  const t = useTranslations('console.campaigns');
  const tv = useTranslations('validation');
  const [presets, setPresets] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'APPROVE' ? 'APPROVE' : 'SEND_BACK';
    const reason = [...presets.map((k) => t(`returnReasons.${k}`)), note.trim()].filter(Boolean).join('；');
    if (decision === 'SEND_BACK' && !reason) return setError(tv('reasonRequired'));
    setError(null);
    const form = new FormData();
    form.set('campaignId', campaignId);
    form.set('decision', decision);
    form.set('reason', reason);
    startTransition(async () => {
      const result = await decideCampaignAction(null, form);
      if (!result.ok) {
        const field = result.fieldErrors?.reason?.[0];
        if (field) setError(tv(field));
        else setFormError(result.message);
        return;
      }
      toast.success(t(decision === 'APPROVE' ? 'approvedToast' : 'returnedToast', { title }));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="decision-title">
      <h2 id="decision-title" className="text-base font-semibold">
        {t('decisionTitle')}
      </h2>
      <FormAlert message={formError} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('returnReasonsLabel')}</legend>
        <div className="grid gap-1.5">
          {RETURN_REASONS.map((k) => (
            <label key={k} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 size-4"
                checked={presets.includes(k)}
                onChange={(e) => setPresets((p) => (e.target.checked ? [...p, k] : p.filter((x) => x !== k)))}
              />
              {t(`returnReasons.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <Label htmlFor="review-note">{t('note')}</Label>
        <Textarea
          id="review-note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'review-note-error' : 'review-note-hint'}
        />
        <p id="review-note-hint" className="text-xs text-slate-500">
          {t('noteHint')}
        </p>
        {error && (
          <p id="review-note-error" className="text-sm text-red-600">
            {error}
          </p>
        )}
      </div>
      <div role="group" aria-label={t('decisionTitle')} className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
        <Button type="submit" name="decision" value="APPROVE" disabled={pending}>
          {t('approve')}
        </Button>
        <Button type="submit" name="decision" value="SEND_BACK" variant="outline" disabled={pending}>
          {t('return')}
        </Button>
      </div>
    </form>
  );
}
