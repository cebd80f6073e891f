'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { saveAnswerAction } from '@/lib/participation/actions';
import { ANSWER_DECISIONS, canAnswer, type ProposalStatus } from '@/lib/participation/policy';
import { answerSchema } from '@/lib/participation/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import { useFieldState } from '@/components/ui/use-field-state';

/**
 * The official answer. `from` is the status this page saw: the server applies the answer only
 * from that status, so a stale page gets STATE_CHANGED instead of overwriting a newer answer.
 */
export function AnswerForm({ proposalId, from, draft }: { proposalId: string; from: ProposalStatus; draft: { decision: string; body: string; reason: string } | null }) {
  const t = useTranslations('participate.answer');
  const ts = useTranslations('participate.status');
  const router = useRouter();
  const options = ANSWER_DECISIONS.filter((d) => canAnswer(from, d));
  const [decision, setDecision, decisionRef] = useFieldState<HTMLSelectElement>(draft && options.includes(draft.decision as (typeof options)[number]) ? draft.decision : (options[0] ?? ''));
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(answerSchema, saveAnswerAction, (data) => {
    toast.success(data.published ? t('published') : t('draftSaved'));
    router.refresh();
  });
  if (options.length === 0) return <p className="text-sm text-slate-500">{t('nothingToAnswer')}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="from" value={from} />
      <Field label={t('decision')} errors={errors?.decision} required>
        <Select ref={decisionRef} name="decision" value={decision} onChange={(e) => setDecision(e.target.value)}>
          {options.map((d) => (
            <option key={d} value={d}>
              {ts(d)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('body')} hint={t('bodyHint')} errors={errors?.body} required>
        <Textarea name="body" rows={6} defaultValue={draft?.body} />
      </Field>
      <Field label={t('reason')} hint={t('reasonHint')} errors={errors?.reason} required={decision === 'REJECTED'}>
        <Textarea name="reason" rows={2} defaultValue={draft?.reason} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="publish" value="yes" className="size-4 rounded border-slate-300" />
        {t('publishNow')}
      </label>
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
    </form>
  );
}
