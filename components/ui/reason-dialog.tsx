'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/result';
import { Button } from './button';
import { Dialog, DialogContent, DialogTrigger } from './dialog';
import { Field } from './field';
import { FormAlert } from './form-alert';
import { Textarea } from './input';
import { useFormAction } from './use-form-action';

/**
 * A button that opens a dialog asking for a reason (reject, cancel ...), then runs the action
 * with the reason and the given hidden fields. The reason field is named `reason`.
 */
export function ReasonDialog<T>({
  triggerLabel,
  triggerAriaLabel,
  title,
  description,
  reasonLabel,
  confirmLabel,
  dismissLabel,
  reasonOptional,
  fields,
  schema,
  action,
  onDone,
}: {
  triggerLabel: string;
  triggerAriaLabel?: string;
  title: string;
  description?: string;
  reasonLabel: string;
  confirmLabel: string;
  /** The button that closes the dialog without acting (default: the common "cancel"). */
  dismissLabel?: string;
  /** The reason may be left empty (the field is not marked required). */
  reasonOptional?: boolean;
  fields: Record<string, string>;
  schema: z.ZodType;
  action: (state: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  onDone: () => void;
}) {
  const tc = useTranslations('common');
  const [open, setOpen] = useState(false);
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(schema, action, () => {
    setOpen(false);
    onDone();
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" aria-label={triggerAriaLabel}>
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} closeLabel={tc('close')}>
        <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
          <FormAlert message={formError} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Field label={reasonLabel} errors={errors?.reason} required={!reasonOptional}>
            <Textarea name="reason" rows={3} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              {dismissLabel ?? tc('cancel')}
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {confirmLabel}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
