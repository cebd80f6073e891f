'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { commentOnApplicationAction, decideApplicationAction, scoreApplicationAction } from '@/lib/admissions/actions';
import { commentSchema, decisionSchema } from '@/lib/admissions/schemas';
import { DECISIONS } from '@/lib/admissions/policy';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ScoreForm({ applicationId, criterion, current }: { applicationId: string; criterion: { id: string; label: string }; current: number | null }) {
  const t = useTranslations('admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, scoreApplicationAction, () => toast.success(t('review.scored')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <FormAlert message={formError} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="criterionId" value={criterion.id} />
      <div className="w-40">
        <Field label={criterion.label} errors={errors?.score}>
          <Select name="score" defaultValue={current ? String(current) : '3'}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('review.points', { n })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" size="md" variant="outline" disabled={pending}>
        {t('review.saveScore')}
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

export function DecisionForm({ applicationId, allowed }: { applicationId: string; allowed: string[] }) {
  const t = useTranslations('admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(decisionSchema, decideApplicationAction, () => toast.success(t('review.decided')));
  const options = DECISIONS.filter((d) => allowed.includes(d));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field label={t('review.decision')} errors={errors?.decision}>
        <Select name="decision" defaultValue={options[0]}>
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
      <Button type="submit" disabled={pending}>
        {t('review.decide')}
      </Button>
    </form>
  );
}
