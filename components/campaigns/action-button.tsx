'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { Button, type ButtonProps } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/**
 * One button posting hidden fields to a server action, with a toast on success and the
 * service's message on failure (submit, cancel, approve, hide ...).
 */
export function ActionButton<T>({
  action,
  fields,
  label,
  success,
  confirm,
  variant,
  size = 'sm',
}: {
  action: (state: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  success: string;
  confirm?: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const t = useTranslations('campaigns');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, action, () => toast.success(success));
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) {
          e.preventDefault();
          return;
        }
        onSubmit(e);
      }}
      className="inline-flex flex-col gap-2"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" size={size} variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? t('working') : label}
      </Button>
      <FormAlert message={formError} />
    </form>
  );
}
