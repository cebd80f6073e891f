'use client';

import type { ActionResult } from '@/lib/result';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { useToastAction } from './use-toast-action';

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
  const { pending, onSubmit, formAction } = useFormAction(null, useToastAction(action, success));
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending || button.disabled} {...button}>
        {children}
      </Button>
    </form>
  );
}
