'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useState } from 'react';
import { commentOnApplicationAction, decideApplicationAction, saveReviewScoresAction } from '@/lib/admissions/actions';
import { commentSchema, decisionSchema } from '@/lib/admissions/schemas';
import { DECISIONS } from '@/lib/admissions/policy';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { useFieldState } from '@/components/ui/use-field-state';

/**
 * The reviewer's whole score sheet, saved at once. Every criterion starts empty ("not scored")
 * until the reviewer picks a score, so an unscored criterion is never mistaken for a 3.
 */
export function ScoreSheet({ applicationId, criteria, mine, averages }: { applicationId: string; criteria: { id: string; label: string }[]; mine: Record<string, number>; averages: Record<string, { avg: string; n: number }> }) {
  const t = useTranslations('admissions');
  const tc = useTranslations('console.admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, saveReviewScoresAction, () => toast.success(tc('scoresSaved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="score-sheet">
      <FormAlert message={formError} />
      <input type="hidden" name="applicationId" value={applicationId} />
      {criteria.map((c) => (
        <div key={c.id} className="space-y-1">
          <Field label={c.label} errors={errors?.[`scores.${c.id}`]}>
            <Select name={`score_${c.id}`} defaultValue={mine[c.id] ? String(mine[c.id]) : ''}>
              <option value="">{tc('notScored')}</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t('review.points', { n })}
                </option>
              ))}
            </Select>
          </Field>
          <p className="text-xs text-slate-500">{t('review.average', { avg: averages[c.id]?.avg ?? '—', n: averages[c.id]?.n ?? 0 })}</p>
        </div>
      ))}
      <Button type="submit" variant="outline" disabled={pending}>
        {tc('saveScores')}
      </Button>
    </form>
  );
}

export function CommentForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(commentSchema, commentOnApplicationAction, (_, form) => {
    toast.success(t('review.commented'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field label={t('review.comment')} hint={t('review.commentHint')} errors={errors?.body}>
        <Textarea name="body" rows={3} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('review.addComment')}
      </Button>
    </form>
  );
}

export function DecisionForm({ applicationId, allowed, unscored = 0 }: { applicationId: string; allowed: string[]; unscored?: number }) {
  const t = useTranslations('admissions');
  const tc = useTranslations('console.admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(decisionSchema, decideApplicationAction, () => toast.success(t('review.decided')));
  const options = DECISIONS.filter((d) => allowed.includes(d));
  const [decision, setDecision, decisionRef] = useFieldState<HTMLSelectElement>(options[0] ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const warn = decision === 'ADMITTED' && unscored > 0;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field label={t('review.decision')} errors={errors?.decision}>
        <Select ref={decisionRef} name="decision" value={decision} onChange={(e) => setDecision(e.target.value)}>
          {options.map((d) => (
            <option key={d} value={d}>
              {t(`status.${d}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('review.message')} hint={t('review.messageHint')} errors={errors?.message} required>
        <Textarea name="message" rows={3} />
      </Field>
      {warn && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status" data-testid="unscored-warning">
          <p>{tc('unscoredWarning', { n: unscored })}</p>
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" className="size-4" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {tc('admitAnyway')}
          </label>
        </div>
      )}
      <Button type="submit" disabled={pending || (warn && !confirmed)}>
        {t('review.decide')}
      </Button>
    </form>
  );
}
