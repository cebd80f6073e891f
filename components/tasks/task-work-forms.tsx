'use client';

import { useTranslations } from 'next-intl';
import { applyAction, raiseDisputeAction, resolveDisputeAction, reviewSubmissionAction, submitWorkAction } from '@/lib/tasks/actions';
import { applySchema, disputeSchema, resolveDisputeSchema, reviewSubmissionSchema, submitWorkSchema } from '@/lib/tasks/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';
import { useToastAction } from './use-toast-action';

/** "Accepted" — and, when the monthly cap cut the points, by how much and why. */
function useRewardText() {
  const t = useTranslations('tasks');
  return (done: string, reward: { points: number; requestedPoints: number; capped: boolean } | null) =>
    reward?.capped ? `${done} ${t('pointsCapped', { points: reward.points, requested: reward.requestedPoints })}` : done;
}

export function ApplyForm({ taskId }: { taskId: string }) {
  const t = useTranslations('tasks');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(applySchema, useToastAction(applyAction, t('applied')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="taskId" value={taskId} />
      <FormAlert message={formError} />
      <Field label={t('applyNote')} hint={t('applyNoteHint')} errors={errors?.note}>
        <Textarea name="note" rows={3} maxLength={1000} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t('apply')}
      </Button>
    </form>
  );
}

export function SubmitWorkForm({ taskId }: { taskId: string }) {
  const t = useTranslations('tasks');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(submitWorkSchema, useToastAction(submitWorkAction, t('submitted')), (_, form) => form?.reset());
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="taskId" value={taskId} />
      <FormAlert message={formError} />
      <Field label={t('workBody')} errors={errors?.body} required>
        <Textarea name="body" rows={4} maxLength={5000} />
      </Field>
      <Field label={t('workLinks')} hint={t('workLinksHint')} errors={errors?.links}>
        <Input name="links" inputMode="url" />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t('submitWork')}
      </Button>
    </form>
  );
}

/** The poster's verdict on one submission: accept, or send back with feedback. */
export function ReviewForm({ submissionId, memberName }: { submissionId: string; memberName: string }) {
  const t = useTranslations('tasks');
  const rewardText = useRewardText();
  const accept = useFormAction(reviewSubmissionSchema, useToastAction(reviewSubmissionAction, (data) => rewardText(t('workAccepted', { name: memberName }), data.reward)));
  const changes = useFormAction(reviewSubmissionSchema, useToastAction(reviewSubmissionAction, t('changesRequested')));
  return (
    <div className="space-y-3 rounded-xl bg-slate-50 p-3">
      <form action={accept.formAction} onSubmit={accept.onSubmit}>
        <FormAlert message={accept.formError} />
        <input type="hidden" name="submissionId" value={submissionId} />
        <input type="hidden" name="decision" value="ACCEPT" />
        <Button type="submit" size="sm" disabled={accept.pending} aria-label={t('acceptWorkLabel', { name: memberName })}>
          {t('acceptWork')}
        </Button>
      </form>
      <form action={changes.formAction} onSubmit={changes.onSubmit} noValidate className="space-y-2">
        <FormAlert message={changes.formError} />
        <input type="hidden" name="submissionId" value={submissionId} />
        <input type="hidden" name="decision" value="CHANGES" />
        <Field label={t('feedback')} errors={changes.errors?.feedback}>
          <Textarea name="feedback" rows={2} maxLength={2000} />
        </Field>
        <Button type="submit" size="sm" variant="outline" disabled={changes.pending}>
          {t('requestChanges')}
        </Button>
      </form>
    </div>
  );
}

export function DisputeForm({ submissionId }: { submissionId: string }) {
  const t = useTranslations('tasks');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(disputeSchema, useToastAction(raiseDisputeAction, t('disputeRaised')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2 rounded-xl bg-amber-50 p-3">
      <input type="hidden" name="submissionId" value={submissionId} />
      <FormAlert message={formError} />
      <Field label={t('disputeReason')} hint={t('disputeHint')} errors={errors?.reason}>
        <Textarea name="reason" rows={2} maxLength={2000} />
      </Field>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('raiseDispute')}
      </Button>
    </form>
  );
}

export function ResolveDisputeForm({ submissionId }: { submissionId: string }) {
  const t = useTranslations('tasks');
  const rewardText = useRewardText();
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(resolveDisputeSchema, useToastAction(resolveDisputeAction, (data) => rewardText(t('disputeResolved'), data.reward)));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="submissionId" value={submissionId} />
      <FormAlert message={formError} />
      <Field label={t('resolution')} errors={errors?.decision}>
        <Select name="decision" defaultValue="ACCEPT">
          <option value="ACCEPT">{t('resolveAccept')}</option>
          <option value="REJECT">{t('resolveReject')}</option>
        </Select>
      </Field>
      <Field label={t('resolutionNote')} errors={errors?.note} required>
        <Textarea name="note" rows={2} maxLength={2000} />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        {t('resolve')}
      </Button>
    </form>
  );
}
