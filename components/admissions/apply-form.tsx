'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { useRouter } from '@/i18n/navigation';
import { saveApplicationAction } from '@/lib/admissions/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function ApplyForm({ projectId, roundId, questions, answers }: { projectId: string; roundId: string; questions: string[]; answers: string[] }) {
  const t = useTranslations('admissions');
  const router = useRouter();
  const [intent, setIntent] = useState<'submit' | 'draft'>('submit');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, saveApplicationAction, () => {
    toast.success(intent === 'draft' ? t('apply.draftSaved') : t('apply.submitted'));
    if (intent === 'submit') router.push(`/projects/${projectId}/manage`);
  });
  // The hidden field is set on the element itself: the form data is read in the same click.
  const choose = (button: HTMLButtonElement, value: 'submit' | 'draft') => {
    const field = button.form?.elements.namedItem('intent');
    if (field instanceof HTMLInputElement) field.value = value;
    setIntent(value);
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="intent" defaultValue="submit" />
      {questions.map((q, i) => (
        <Field key={i} label={q} errors={errors?.[`answer_${i}`]} required>
          <Textarea name={`answer_${i}`} defaultValue={answers[i] ?? ''} rows={4} />
        </Field>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} onClick={(e) => choose(e.currentTarget, 'submit')}>
          {t('apply.submit')}
        </Button>
        <Button type="submit" variant="outline" disabled={pending} onClick={(e) => choose(e.currentTarget, 'draft')}>
          {t('apply.saveDraft')}
        </Button>
      </div>
    </form>
  );
}
