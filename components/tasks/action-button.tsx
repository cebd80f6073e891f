'use client';

import { useEffect } from 'react';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

/** One button posting hidden fields to a server action; the outcome is a toast either way. */
export function ActionButton({
  action,
  fields,
  success,
  children,
  ...button
}: {
  action: (state: ActionResult | null, form: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  success: string;
} & Omit<ButtonProps, 'action'>) {
  const errorText = useErrorText();
  const { state, pending, onSubmit } = useFormAction(null, action, () => toast.success(success));
  useEffect(() => {
    if (state && !state.ok) toast.error(errorText(state.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  return (
    <form onSubmit={onSubmit} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending || button.disabled} {...button}>
        {children}
      </Button>
    </form>
  );
}
