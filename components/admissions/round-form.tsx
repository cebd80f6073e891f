'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { createRoundAction } from '@/lib/admissions/actions';
import { roundSchema } from '@/lib/admissions/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

/** `zone`: the clock the times are typed on, as the page names it (formatZone). */
export function RoundForm({ zone }: { zone: string }) {
  const t = useTranslations('admissions');
  const tc = useTranslations('console.admissions');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(roundSchema, createRoundAction, (_, form) => {
    toast.success(t('round.created'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('round.name')} errors={errors?.name} required>
        <Input name="name" maxLength={80} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('round.opensAt')} hint={t('round.timeZoneHint', { zone })} errors={errors?.opensAt} required>
          <Input name="opensAt" type="datetime-local" />
        </Field>
        <Field label={t('round.closesAt')} errors={errors?.closesAt} required>
          <Input name="closesAt" type="datetime-local" />
        </Field>
      </div>
      <Field label={tc('quota')} hint={tc('quotaHint')} errors={errors?.quota}>
        <Input name="quota" type="number" min={1} inputMode="numeric" />
      </Field>
      <Field label={t('round.description')} errors={errors?.description}>
        <Textarea name="description" rows={3} />
      </Field>
      <Field label={t('round.criteria')} hint={t('round.oneLine')} errors={errors?.criteria}>
        <Textarea name="criteria" rows={3} />
      </Field>
      <Field label={t('round.questions')} hint={t('round.oneLine')} errors={errors?.questions}>
        <Textarea name="questions" rows={3} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t('round.create')}
      </Button>
    </form>
  );
}
