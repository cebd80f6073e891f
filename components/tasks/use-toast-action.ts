'use client';

import { toast } from 'sonner';
import type { ActionResult } from '@/lib/result';
import { useErrorText } from '@/components/ui/form-alert';

type Action<T> = (state: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * Toasts the outcome as soon as the action answers. A successful task action re-renders the
 * page and usually removes the very form that sent it, so a toast from an effect of that form
 * would never run.
 */
export function useToastAction<T>(action: Action<T>, success: string | ((data: T) => string)): Action<T> {
  const errorText = useErrorText();
  return async (state, form) => {
    const result = await action(state, form);
    if (result.ok) toast.success(typeof success === 'function' ? success(result.data) : success);
    else if (!result.fieldErrors) toast.error(errorText(result.message));
    return result;
  };
}
