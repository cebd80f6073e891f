'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { reportFaultAction } from '@/lib/faults/actions';
import { faultReportSchema, MAX_DESCRIPTION } from '@/lib/faults/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

type Category = { id: string; name: string; description: string; targetHours: number };

export function FaultReportForm({ resourceId, categories, defaultLocation }: { resourceId?: string; categories: Category[]; defaultLocation: string }) {
  const t = useTranslations('faults');
  const router = useRouter();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(faultReportSchema, reportFaultAction, (data) => router.push(`/faults/${data.id}?reported=1`));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" encType="multipart/form-data">
      <FormAlert message={formError} />
      {resourceId && <input type="hidden" name="resourceId" value={resourceId} />}
      <Field label={t('category')} errors={errors?.categoryId} required>
        <Select name="categoryId" defaultValue={categories[0]?.id}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {t('categoryOption', { name: c.name, hours: c.targetHours })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('description')} hint={t('descriptionHint', { n: MAX_DESCRIPTION })} errors={errors?.description} required>
        <Textarea name="description" rows={6} maxLength={MAX_DESCRIPTION} />
      </Field>
      <Field label={t('location')} hint={t('locationHint')} errors={errors?.location}>
        <Input name="location" defaultValue={defaultLocation} maxLength={200} />
      </Field>
      <Field label={t('photo')} hint={t('photoHint')} errors={errors?.photo}>
        <Input type="file" name="photo" accept="image/png,image/jpeg,image/webp" />
      </Field>
      <div className="flex items-start gap-2">
        <input id="fault-anonymous" type="checkbox" name="anonymous" className="mt-1 size-4" />
        <label htmlFor="fault-anonymous" className="text-sm">
          {t('anonymous')}
          <span className="block text-xs text-slate-500">{t('anonymousHint')}</span>
        </label>
      </div>
      <Button type="submit" disabled={pending}>{t('submitReport')}</Button>
    </form>
  );
}
