'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { inviteMemberAction } from '@/lib/projects/actions';
import { inviteSchema } from '@/lib/projects/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function InviteForm({ projectId }: { projectId: string }) {
  const t = useTranslations('projects');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(inviteSchema, inviteMemberAction, (_, form) => {
    toast.success(t('team.invited'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label={t('team.inviteEmail')} errors={errors?.email}>
            <Input name="email" type="email" autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('team.invite')}
        </Button>
      </div>
    </form>
  );
}
