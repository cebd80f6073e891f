'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { requestRoleAction } from '@/lib/role-requests/actions';
import { roleRequestCreateSchema } from '@/lib/role-requests/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function RoleRequestForm({ roles }: { roles: ('MENTOR' | 'INVESTOR')[] }) {
  const t = useTranslations('roleRequests');
  const tr = useTranslations('roles');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(roleRequestCreateSchema, requestRoleAction, (_, form) => {
    toast.success(t('sent'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3 rounded-xl bg-slate-50 p-4">
      <h3 className="font-medium">{t('formTitle')}</h3>
      <FormAlert message={formError} />
      <Field label={t('role')} errors={errors?.role}>
        <Select name="role" defaultValue={roles[0]}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('message')} hint={t('messageHint')} errors={errors?.message}>
        <Textarea name="message" rows={3} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
