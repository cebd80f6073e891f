'use client';

import { useTranslations } from 'next-intl';
import { deleteAccountAction } from '@/lib/accounts/actions';
import { deleteAccountSchema } from '@/lib/accounts/schemas';
import { ERASED, KEPT } from '@/lib/accounts/legal';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

/** What deletion erases and what it keeps and why: shown before confirming and after. */
export function DeletionReport({ erased = ERASED, kept = KEPT }: { erased?: readonly string[]; kept?: readonly string[] }) {
  const t = useTranslations('accounts');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <h3 className="font-medium text-slate-900">{t('deleteErasedTitle')}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {erased.map((k) => (
            <li key={k}>{t(`deletion.erased.${k as (typeof ERASED)[number]}`)}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-medium text-slate-900">{t('deleteKeptTitle')}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {kept.map((k) => (
            <li key={k}>{t(`deletion.kept.${k as (typeof KEPT)[number]}`)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('accounts');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(deleteAccountSchema, deleteAccountAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t('deleteDescription')}</p>
      <DeletionReport />
      <FormAlert message={formError} />
      <Field label={t('deleteConfirm')} errors={errors?.password} required>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" variant="danger" disabled={pending} aria-busy={pending}>
        {pending ? t('deleting') : t('deleteButton')}
      </Button>
    </form>
  );
}
