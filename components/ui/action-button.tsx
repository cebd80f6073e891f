'use client';

import { useEffect, useRef } from 'react';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { Button, type ButtonProps } from './button';
import { useErrorText } from './form-alert';
import { useFormAction } from './use-form-action';

/**
 * One button that runs a server action with a few hidden fields, then says what happened in
 * a toast (success text given by the caller, failures from the `errors` catalog).
 */
export function ActionButton({
  action,
  fields,
  success,
  children,
  confirm,
  ...props
}: Omit<ButtonProps, 'action'> & {
  action: (state: ActionResult | null, form: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  success: string;
  confirm?: string;
}) {
  const errorText = useErrorText();
  const { pending, onSubmit, formAction, state } = useFormAction(null, action, () => toast.success(success));
  const errorTextRef = useRef(errorText);
  useEffect(() => {
    errorTextRef.current = errorText;
  });
  useEffect(() => {
    if (state && !state.ok) toast.error(errorTextRef.current(state.message));
  }, [state]);
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
      className="inline"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" size="sm" disabled={pending} aria-busy={pending} {...props}>
        {children}
      </Button>
    </form>
  );
}

