'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { addClosureAction, deleteClosureAction, updateOpeningHoursAction } from '@/lib/bookings/actions';
import { closureSchema, openingHoursSchema } from '@/lib/bookings/schemas';
import { updateTaskRulesAction } from '@/lib/tasks/actions';
import { taskRulesSchema } from '@/lib/tasks/schemas';
import { fenToYuanText } from '@/lib/campaigns/money';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

export function OpeningHoursForm({ spaceId, hours }: { spaceId: string; hours: ({ open: string; close: string } | null)[] }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(openingHoursSchema, updateOpeningHoursAction, () => toast.success(t('hoursSaved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="spaceId" value={spaceId} />
      <p className="text-sm text-slate-500">{t('hoursHint')}</p>
      <div className="space-y-2">
        {hours.map((h, i) => (
          <fieldset key={i} className="grid grid-cols-[4rem_1fr_1fr] items-end gap-2">
            <legend className="sr-only">{t(`weekday.${i}`)}</legend>
            <span className="pb-2 text-sm font-medium">{t(`weekday.${i}`)}</span>
            <Field label={t('opens')} errors={errors?.[`open_${i}`]}>
              <Input type="time" name={`open_${i}`} defaultValue={h?.open ?? ''} step={1800} />
            </Field>
            <Field label={t('closes')} errors={errors?.[`close_${i}`]}>
              <Input type="time" name={`close_${i}`} defaultValue={h?.close ?? ''} step={1800} />
            </Field>
          </fieldset>
        ))}
      </div>
      <Button type="submit" disabled={pending}>{t('saveHours')}</Button>
    </form>
  );
}

export function ClosureForm({ spaceId }: { spaceId: string }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(closureSchema, addClosureAction, (_, form) => {
    toast.success(t('closureAdded'));
    form?.reset();
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="spaceId" value={spaceId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('closureFrom')} errors={errors?.startDate} required>
          <Input type="date" name="startDate" />
        </Field>
        <Field label={t('closureTo')} errors={errors?.endDate} required>
          <Input type="date" name="endDate" />
        </Field>
      </div>
      <Field label={t('closureReason')} errors={errors?.reason} required>
        <Input name="reason" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t('addClosure')}</Button>
    </form>
  );
}

export function DeleteClosureButton({ closureId }: { closureId: string }) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction } = useFormAction(null, deleteClosureAction, () => toast.success(t('closureDeleted')));
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="closureId" value={closureId} />
      <Button size="sm" variant="ghost" type="submit" disabled={pending}>{t('deleteClosure')}</Button>
    </form>
  );
}

/** The space's rules for crowdsourced tasks: maximum rewards, the approval threshold, the monthly points cap. */
export function TaskRulesForm({
  spaceId,
  rules,
}: {
  spaceId: string;
  rules: { taskMaxBountyFen: number; taskMaxPoints: number; taskApprovalPointsAbove: number; taskMonthlyPointsCap: number };
}) {
  const t = useTranslations('operate');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(taskRulesSchema, updateTaskRulesAction, () => toast.success(t('taskRulesSaved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <input type="hidden" name="spaceId" value={spaceId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('taskMaxBountyYuan')} hint={t('taskMaxBountyHint')} errors={errors?.maxBountyYuan} required>
          <Input name="maxBountyYuan" inputMode="decimal" defaultValue={fenToYuanText(rules.taskMaxBountyFen)} />
        </Field>
        <Field label={t('taskMaxPoints')} hint={t('taskMaxPointsHint')} errors={errors?.maxPoints} required>
          <Input name="maxPoints" type="number" inputMode="numeric" min={0} max={10000} defaultValue={rules.taskMaxPoints} />
        </Field>
        <Field label={t('taskApprovalPointsAbove')} hint={t('taskApprovalPointsAboveHint')} errors={errors?.approvalPointsAbove} required>
          <Input name="approvalPointsAbove" type="number" inputMode="numeric" min={0} max={10000} defaultValue={rules.taskApprovalPointsAbove} />
        </Field>
        <Field label={t('taskMonthlyPointsCap')} hint={t('taskMonthlyPointsCapHint')} errors={errors?.monthlyPointsCap} required>
          <Input name="monthlyPointsCap" type="number" inputMode="numeric" min={0} defaultValue={rules.taskMonthlyPointsCap} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>{t('saveTaskRules')}</Button>
    </form>
  );
}
