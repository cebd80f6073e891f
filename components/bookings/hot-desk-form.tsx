'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { hotDeskAction } from '@/lib/bookings/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function HotDeskForm({ spaceId, zones }: { spaceId: string; zones: string[] }) {
  const t = useTranslations('bookings');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, hotDeskAction, (data) => {
    toast.success(t('hotDeskBooked', { name: (data as { resourceName: string }).resourceName }));
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <FormAlert message={formError} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="spaceId" value={spaceId} />
      <div className="flex-1">
        <Field label={t('hotDeskZone')}>
          <Select name="zone" defaultValue="">
            <option value="">{t('anyZone')}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" variant="accent" disabled={pending}>
        {t('hotDeskSubmit')}
      </Button>
      </div>
    </form>
  );
}
