'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/result';

type Errors = Record<string, string[]>;

function fieldErrorsOf(error: z.ZodError): Errors {
  const out: Errors = {};
  for (const issue of error.issues) (out[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

/**
 * Runs the shared zod schema in the browser first (instant messages next to the fields), then
 * the server action, which parses the same schema again. Submitting through onSubmit keeps what
 * the member typed when the server answers with an error (a plain form action would reset it).
 */
export function useFormAction<T>(
  schema: z.ZodType | null,
  action: (state: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, form: HTMLFormElement | null) => void,
) {
  const formRef = useRef<HTMLFormElement | null>(null);
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  // onSuccess runs right after the action resolves, not in an effect: a successful action often
  // revalidates the page and unmounts the very row that submitted it (an approved request leaves
  // the queue), and the member must still see the outcome.
  const [state, formAction, pending] = useActionState(async (prev: ActionResult<T> | null, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) onSuccessRef.current?.(result.data, formRef.current);
    return result;
  }, null);
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const form = new FormData(event.currentTarget);
    if (schema) {
      const parsed = schema.safeParse(Object.fromEntries(form));
      if (!parsed.success) {
        setClientErrors(fieldErrorsOf(parsed.error));
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => formAction(form));
  };

  const errors: Errors | undefined = clientErrors ?? (state && !state.ok ? state.fieldErrors : undefined);
  const formError = !clientErrors && state && !state.ok && !state.fieldErrors ? state.message : undefined;
  // Pass `formAction` as the form's `action` too: before hydration a React form with a client
  // action cannot submit natively, so a fast tap on a slow phone never sends the fields as a GET
  // query string (a password in the URL); after hydration onSubmit takes over.
  return { state, pending, onSubmit, formAction, errors, formError };
}
