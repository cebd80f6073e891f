'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { addMilestoneAction } from '@/lib/projects/actions';
import { milestoneSchema } from '@/lib/projects/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function MilestoneForm({ projectId }: { projectId: string }) {
  const t = useTranslations('projects');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(milestoneSchema, addMilestoneAction, (_, form) => {
    toast.success(t('milestones.added'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <Field label={t('milestones.titleLabel')} errors={errors?.title}>
          <Input name="title" maxLength={120} />
        </Field>
        <Field label={t('milestones.dueOn')} errors={errors?.dueOn}>
          <Input name="dueOn" type="date" />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('milestones.add')}
        </Button>
      </div>
    </form>
  );
}
