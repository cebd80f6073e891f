'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { updateBookingReminderHoursAction } from '@/lib/reminders/actions';
import { bookingReminderHoursSchema } from '@/lib/reminders/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** The space's booking reminder hours, on the space settings page. */
export function BookingRemindersForm({ spaceId, hours }: { spaceId: string; hours: number[] }) {
  const t = useTranslations('reminders');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(bookingReminderHoursSchema, updateBookingReminderHoursAction, () => toast.success(t('saved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="spaceId" value={spaceId} />
      <Field label={t('hoursLabel')} hint={t('hoursHint')} errors={errors?.hours}>
        <Input name="hours" defaultValue={hours.join(', ')} inputMode="numeric" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('save')}</Button>
    </form>
  );
}
