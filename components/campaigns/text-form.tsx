'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { answerSchema, campaignDecisionSchema, commentSchema, updateSchema } from '@/lib/campaigns/schemas';
import { introductionSchema } from '@/lib/investors/schemas';
import type { ActionResult } from '@/lib/result';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

// Schemas are picked here by name: a zod schema is a class instance and cannot cross from a
// server component to a client one.
const SCHEMAS = { answer: answerSchema, decision: campaignDecisionSchema, comment: commentSchema, update: updateSchema, introduction: introductionSchema };

/** A small form of hidden ids plus one or two text fields: comments, answers, updates, reviews. */
export function TextForm<T>({
  schema,
  action,
  hidden,
  fields,
  submit,
  success,
  variant = 'secondary',
}: {
  schema: keyof typeof SCHEMAS;
  action: (state: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  hidden: Record<string, string>;
  fields: { name: string; label: string; multiline?: boolean }[];
  submit: string;
  success: string;
  variant?: 'primary' | 'secondary' | 'outline' | 'danger';
}) {
  const t = useTranslations('campaigns');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(SCHEMAS[schema], action, (_, form) => {
    toast.success(success);
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormAlert message={formError} />
      {fields.map((f) => (
        <Field key={f.name} label={f.label} errors={errors?.[f.name]}>
          {f.multiline ? <Textarea name={f.name} rows={3} /> : <Input name={f.name} />}
        </Field>
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? t('working') : submit}
      </Button>
    </form>
  );
}
