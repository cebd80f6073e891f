'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import type { FaultStatus } from '@/lib/generated/prisma/enums';
import { assignFaultAction, mergeFaultAction, outOfServiceAction, replyToFaultAction, setFaultStatusAction } from '@/lib/faults/actions';
import { faultMergeSchema, faultReplySchema, faultStatusSchema } from '@/lib/faults/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Select, Textarea } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';

export function FaultStatusForm({ faultId, targets }: { faultId: string; targets: FaultStatus[] }) {
  const t = useTranslations('faults');
  const ts = useTranslations('faults.status');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(faultStatusSchema, setFaultStatusAction, (_, form) => {
    toast.success(t('statusSaved'));
    form?.reset();
  });
  if (targets.length === 0) return <p className="text-sm text-slate-600">{t('noMoves')}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <Field label={t('newStatus')} errors={errors?.status} required>
        <Select name="status" defaultValue={targets[0]}>
          {targets.map((s) => (
            <option key={s} value={s}>{ts(s)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t('note')} errors={errors?.note} required>
        <Textarea name="note" rows={2} maxLength={2000} />
      </Field>
      <Button type="submit" disabled={pending}>{t('saveStatus')}</Button>
    </form>
  );
}

export function FaultAssignForm({ faultId, operators, current }: { faultId: string; operators: { id: string; name: string }[]; current: string | null }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(null, assignFaultAction, () => toast.success(t('assigned')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <Field label={t('assignee')} errors={errors?.assigneeId}>
        <Select name="assigneeId" defaultValue={current ?? ''}>
          <option value="">{t('nobody')}</option>
          {operators.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('assign')}</Button>
    </form>
  );
}

export function FaultReplyForm({ faultId }: { faultId: string }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(faultReplySchema, replyToFaultAction, (_, form) => {
    toast.success(t('replied'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <Field label={t('reply')} hint={t('replyHint')} errors={errors?.note} required>
        <Textarea name="note" rows={3} maxLength={2000} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('sendReply')}</Button>
    </form>
  );
}

export function FaultMergeForm({ faultId, targets }: { faultId: string; targets: { id: string; label: string }[] }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(faultMergeSchema, mergeFaultAction, () => toast.success(t('merged')));
  if (targets.length === 0) return <p className="text-sm text-slate-600">{t('noMergeTargets')}</p>;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <Field label={t('mergeInto')} errors={errors?.originalId} required>
        <Select name="originalId">
          {targets.map((o) => (
            <option key={o.id} value={o.id}>{o.label}</option>
          ))}
        </Select>
      </Field>
      <Field label={t('note')} errors={errors?.note}>
        <Textarea name="note" rows={2} maxLength={2000} />
      </Field>
      <Button type="submit" variant="outline" disabled={pending}>{t('merge')}</Button>
    </form>
  );
}

export function OutOfServiceForm({ faultId }: { faultId: string }) {
  const t = useTranslations('faults');
  const { pending, onSubmit, formAction, formError } = useFormAction(null, outOfServiceAction, (d) => {
    const flagged = (d as { flagged?: number } | undefined)?.flagged ?? 0;
    toast.success(t('outOfServiceDone', { n: flagged }));
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="faultId" value={faultId} />
      <input type="hidden" name="note" value="" />
      <p className="text-sm text-slate-600">{t('outOfServiceHint')}</p>
      <Button type="submit" variant="danger" disabled={pending}>{t('takeOutOfService')}</Button>
    </form>
  );
}
