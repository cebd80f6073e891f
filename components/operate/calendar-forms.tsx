'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { deleteCalendarDayAction, setCalendarDayAction } from '@/lib/calendar/actions';
import { calendarDaySchema } from '@/lib/calendar/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** Marks one date as a public holiday or as a swapped working day (调休). */
export function CalendarDayForm() {
  const t = useTranslations('calendar');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(calendarDaySchema, setCalendarDayAction, (_, form) => {
    toast.success(t('saved'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('date')} errors={errors?.date} required>
          <Input type="date" name="date" />
        </Field>
        <Field label={t('kind')} errors={errors?.working} required>
          <Select name="working" defaultValue="false">
            <option value="false">{t('holiday')}</option>
            <option value="true">{t('workingDay')}</option>
          </Select>
        </Field>
      </div>
      <Field label={t('name')} errors={errors?.name} required>
        <Input name="name" placeholder={t('namePlaceholder')} />
      </Field>
      <Button type="submit" disabled={pending}>{t('save')}</Button>
    </form>
  );
}

export function DeleteCalendarDayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations('calendar');
  const { pending, onSubmit, formAction } = useFormAction(null, deleteCalendarDayAction, () => toast.success(t('deleted')));
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="date" value={date} />
      <Button size="sm" variant="ghost" type="submit" disabled={pending} aria-label={t('deleteLabel', { date: label })}>
        {t('delete')}
      </Button>
    </form>
  );
}
