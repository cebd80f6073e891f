'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { deleteAccountAction } from '@/lib/accounts/actions';
import { deleteAccountSchema } from '@/lib/accounts/schemas';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

const ERASED = ['name', 'email', 'profile', 'password', 'tokens', 'sessions', 'consents', 'notifications', 'follows', 'roles', 'exports'] as const;
const KEPT = ['pledges', 'payouts', 'bookings', 'tasks', 'ledger', 'projects', 'comments'] as const;

function Report({ erased, kept }: { erased: readonly string[]; kept: readonly string[] }) {
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

/** Shows what will be erased and kept before, and what was after: the answer carries the report. */
export function DeleteAccountForm() {
  const t = useTranslations('accounts');
  const { pending, onSubmit, formAction, errors, formError, state } = useFormAction(deleteAccountSchema, deleteAccountAction);
  if (state?.ok) {
    return (
      <div className="space-y-4" data-testid="deletion-report">
        <Alert tone="success">
          <p className="font-medium">{t('deletedTitle')}</p>
          <p>{t('deletedText')}</p>
        </Alert>
        <Report erased={state.data.erased} kept={state.data.kept} />
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          {t('deletedHome')}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t('deleteDescription')}</p>
      <Report erased={ERASED} kept={KEPT} />
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
