'use client';

import { useTranslations } from 'next-intl';
import { cloneElement, useId, type ReactElement } from 'react';
import { Label } from './input';

type ControlProps = {
  id?: string;
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/**
 * A label, one control and its messages. `errors` are keys of the `validation` catalog (as the
 * shared zod schemas and the services return them); they are shown next to the control and
 * announced through aria-describedby.
 */
export function Field({
  label,
  hint,
  errors,
  children,
  required,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: ReactElement<ControlProps>;
}) {
  const t = useTranslations('validation');
  const id = useId();
  const controlId = children.props.id ?? id;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={controlId}>
        {label}
        {required && (
          <span className="ml-0.5 text-red-600" aria-hidden>
            *
          </span>
        )}
      </Label>
      {cloneElement(children, {
        id: controlId,
        'aria-invalid': errors?.length ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-red-600" role="alert">
          {/* One message at a time: the first is the most useful (schemas check the basics first). */}
          {t.has(errors![0]) ? t(errors![0]) : errors![0]}
        </p>
      )}
    </div>
  );
}
