'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { grantCertificationAction } from '@/lib/bookings/actions';
import { certificationGrantSchema } from '@/lib/bookings/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** Grants one of the certifications the member does not hold yet (the same action as /operate/certifications). */
export function CertificationGrant({ email, choices }: { email: string; choices: { id: string; name: string }[] }) {
  const t = useTranslations('staffMembers');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(certificationGrantSchema, grantCertificationAction, () => toast.success(t('granted')));
  if (choices.length === 0) return <p className="text-sm text-slate-500">{t('allHeld')}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <input type="hidden" name="email" value={email} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label={t('certification')} errors={errors?.certificationId}>
            <Select name="certificationId" defaultValue="">
              <option value="" disabled>{t('chooseCertification')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={pending}>{t('grant')}</Button>
      </div>
    </form>
  );
}
