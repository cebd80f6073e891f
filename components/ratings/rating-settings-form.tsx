'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { updateRatingSettingsAction } from '@/lib/ratings/actions';
import { ratingSettingsSchema } from '@/lib/ratings/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

/** The rectification deadline and the public minimum, on the space settings page. */
export function RatingSettingsForm({ spaceId, workingDays, minimum }: { spaceId: string; workingDays: number; minimum: number }) {
  const t = useTranslations('ratings');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(ratingSettingsSchema, updateRatingSettingsAction, () => toast.success(t('settingsSaved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="spaceId" value={spaceId} />
      <Field label={t('workingDaysLabel')} hint={t('workingDaysHint')} errors={errors?.ratingCaseWorkingDays}>
        <Input name="ratingCaseWorkingDays" type="number" min={1} max={60} defaultValue={workingDays} inputMode="numeric" />
      </Field>
      <Field label={t('minimumLabel')} hint={t('minimumHint')} errors={errors?.ratingPublicMinimum}>
        <Input name="ratingPublicMinimum" type="number" min={1} max={10000} defaultValue={minimum} inputMode="numeric" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('settingsSave')}</Button>
    </form>
  );
}
