'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { callBackAction, classifyAction, completeFixAction, decideAppealAction } from '@/lib/ratings/actions';
import { CLASSIFICATIONS } from '@/lib/ratings/policy';
import { callBackSchema, classifySchema, completeFixSchema, decideAppealSchema, MAX_NOTE } from '@/lib/ratings/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

function useCaseForm<S extends Parameters<typeof useFormAction>[0]>(schema: S, action: Parameters<typeof useFormAction>[1]) {
  const t = useTranslations('ratings');
  return useFormAction(schema, action, () => toast.success(t('caseSaved')));
}

export function CallBackForm({ caseId }: { caseId: string }) {
  const t = useTranslations('ratings');
  const f = useCaseForm(callBackSchema, callBackAction);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="space-y-3">
      <FormAlert message={f.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <Field label={t('callBackLabel')} hint={t('callBackHint')} errors={f.errors?.note} required>
        <Textarea name="note" rows={3} maxLength={MAX_NOTE} />
      </Field>
      <Button type="submit" disabled={f.pending}>{t('callBackSubmit')}</Button>
    </form>
  );
}

export function ClassifyForm({ caseId }: { caseId: string }) {
  const t = useTranslations('ratings');
  const f = useCaseForm(classifySchema, classifyAction);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="space-y-3">
      <FormAlert message={f.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <Field label={t('classificationLabel')} errors={f.errors?.classification} required>
        <Select name="classification" defaultValue="">
          <option value="" disabled>
            —
          </option>
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t(`classifications.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('reasonLabel')} hint={t('reasonHint')} errors={f.errors?.reason}>
        <Textarea name="reason" rows={3} maxLength={MAX_NOTE} />
      </Field>
      <Button type="submit" disabled={f.pending}>{t('classifySubmit')}</Button>
    </form>
  );
}

export function CompleteFixForm({ caseId }: { caseId: string }) {
  const t = useTranslations('ratings');
  const f = useCaseForm(completeFixSchema, completeFixAction);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="space-y-3">
      <FormAlert message={f.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <Field label={t('completeFixLabel')} errors={f.errors?.note}>
        <Textarea name="note" rows={3} maxLength={MAX_NOTE} />
      </Field>
      <Button type="submit" disabled={f.pending}>{t('completeFixSubmit')}</Button>
    </form>
  );
}

export function DecideAppealForm({ caseId }: { caseId: string }) {
  const t = useTranslations('ratings');
  const f = useCaseForm(decideAppealSchema, decideAppealAction);
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="space-y-3">
      <FormAlert message={f.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <Field label={t('appealDecision')} errors={f.errors?.decision} required>
        <Select name="decision" defaultValue="">
          <option value="" disabled>
            —
          </option>
          <option value="UPHOLD">{t('appealUphold')}</option>
          <option value="REJECT">{t('appealReject')}</option>
        </Select>
      </Field>
      <Field label={t('appealNote')} errors={f.errors?.note} required>
        <Textarea name="note" rows={3} maxLength={MAX_NOTE} />
      </Field>
      <Button type="submit" disabled={f.pending}>{t('appealSubmit')}</Button>
    </form>
  );
}
